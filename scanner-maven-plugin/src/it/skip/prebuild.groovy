// A fresh fake key on line 3 of a resource, so it also lands in the jar.
def fakeKey = evaluate(new File(itSources, 'fake-keys.groovy'))
def resources = new File(basedir, 'src/main/resources')
resources.mkdirs()
new File(resources, 'application.properties').text =
    "app.name=demo\napp.greeting=hello\nanthropic.api-key=${fakeKey(1)}\n"
return true
