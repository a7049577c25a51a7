// A class whose constant is a key that no source line holds whole: javac folds the two halves into
// one CONSTANT_Utf8 entry, so only the built jar holds the key.
def key = evaluate(new File(itSources, 'fake-keys.groovy'))(2)
def dir = new File(basedir, 'src/main/java/demo')
dir.mkdirs()
new File(dir, 'Greeting.java').text = """package demo;

public final class Greeting {
  public static final String VALUE = "${key.substring(0, 40)}" + "${key.substring(40)}";
}
"""
return true
