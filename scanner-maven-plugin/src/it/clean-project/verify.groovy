import groovy.json.JsonSlurper

// build.log holds the last invocation: the help goal.
def help = new File(basedir, 'build.log').text
['keyward:baseline', 'keyward:check', 'failOn', 'history', 'scanArtifacts', 'User property: keyward.outputDirectory']
    .each { assert help.contains(it) }
def sarif = new JsonSlurper().parse(new File(basedir, 'target/keyward/keyward.sarif'))
assert sarif.runs[0].results == []
assert new File(basedir, 'target/keyward/keyward.json').isFile()
return true
