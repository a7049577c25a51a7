def fakeKey = evaluate(new File(itSources, 'fake-keys.groovy'))
def resources = new File(basedir, 'leaky-app/src/main/resources')
resources.mkdirs()
new File(resources, 'application.properties').text = "anthropic.api-key=${fakeKey(5)}\n"
return true
