import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def key = evaluate(new File(itSources, 'fake-keys.groovy'))(1)
// The failure names each finding: file, line, column, severity, rule; the key only redacted.
assert log.contains('src/main/resources/application.properties:3:19: [critical] anthropic-api-key')
assert log.contains('target/leak-in-resources-1.0.jar!/application.properties:3:19: [critical] anthropic-api-key')
assert !log.contains(key)
// ... and ends with how to suppress it.
assert log.contains('keyward:allow') && log.contains('.keyward.yaml') && log.contains('mvn keyward:baseline')
assert log.contains('MojoFailureException')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/keyward/keyward.sarif'))
assert sarif.runs[0].results*.ruleId == ['anthropic-api-key', 'anthropic-api-key']
assert new File(basedir, 'target/keyward/keyward.json').isFile()
return true
