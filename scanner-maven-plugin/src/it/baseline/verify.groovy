import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, '.keyward-baseline.json'))
assert baseline.findings*.path == ['src/main/resources/application.properties',
                                   'target/baseline-1.0.jar!/application.properties']
// The last build: the baselined findings are suppressed, the new one fails.
def log = new File(basedir, 'build.log').text
assert log.contains('Keyward found 1 secret at or above low:')
assert log.contains('target/baseline-1.0.jar!/new.properties:1:13: [critical] anthropic-api-key')
assert log =~ /2 suppressed \(2 baseline\)/
return true
