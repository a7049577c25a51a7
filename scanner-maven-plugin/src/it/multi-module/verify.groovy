import groovy.json.JsonSlurper

def results = { String dir -> new JsonSlurper().parse(new File(basedir, dir + '/target/keyward/keyward.sarif')).runs[0].results }
// Run 1, per module: the parent leaves its modules' directories to them; each module scans its own.
assert results('clean-lib').isEmpty()
assert results('leaky-app')*.ruleId == ['anthropic-api-key', 'anthropic-api-key']
// Run 2, aggregate: one scan from the root, reported at the root, naming paths from the root.
def log = new File(basedir, 'build.log').text
assert log.contains('Keyward: aggregate scan runs once, after the last module of the build')
assert log.contains('leaky-app/src/main/resources/application.properties:1:19: [critical] anthropic-api-key')
assert log.contains('leaky-app/target/leaky-app-1.0.jar!/application.properties:1:19')
assert results('.')*.ruleId == ['anthropic-api-key', 'anthropic-api-key']
return true
