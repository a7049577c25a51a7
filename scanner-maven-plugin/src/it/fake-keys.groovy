// Fake keys in the Anthropic API key format, built at test time from a seed so that no key-shaped
// literal is ever committed. Usage: def fakeKey = evaluate(new File(itSources, 'fake-keys.groovy'))
def alphabet = (('A'..'Z') + ('a'..'z') + ('0'..'9') + ['_', '-']).join()
return { long seed ->
  def random = new Random(seed)
  def body = (1..93).collect { alphabet[random.nextInt(alphabet.length())] }.join()
  'sk-ant-' + 'api03-' + body + 'AA'
}
