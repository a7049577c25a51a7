def fakeKey = evaluate(new File(itSources, 'fake-keys.groovy'))
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'application.properties').text = "legacy.api-key=${fakeKey(3)}\n"
// The new key in two halves; the new-key profile filters them into src/main/filtered/new.properties.
def key = fakeKey(4)
new File(basedir, 'new-key.properties').text = "first=${key.substring(0, 40)}\nsecond=${key.substring(40)}\n"
def filtered = new File(basedir, 'src/main/filtered')
filtered.mkdirs()
new File(filtered, 'new.properties').text = 'new.api-key=${first}${second}\n'
return true
