def log = new File(basedir, 'build.log').text
assert log.contains('Keyward skipped (keyward.skip=true)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/keyward').exists()
return true
