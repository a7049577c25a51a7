def log = new File(basedir, 'build.log').text
// A broken setup is a MojoExecutionException whose message names the file and line, not a finding.
assert log =~ /Keyward: invalid configuration: .*\.keyward\.yaml:2/
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
return true
