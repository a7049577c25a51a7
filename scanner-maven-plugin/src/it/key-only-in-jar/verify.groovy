import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('target/key-only-in-jar-1.0.jar!/demo/Greeting.class:')
assert log.contains('[critical] anthropic-api-key')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/keyward/keyward.sarif'))
assert sarif.runs[0].results.size() == 1
return true
