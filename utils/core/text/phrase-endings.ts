// Which of many phrases a line ends with, in time proportional to the line however many phrases
// there are: the phrases are kept backwards in a trie, and the line is read from its end.
export class PhraseEndings {
  /** A node's child for a character, keyed by node * 0x10000 + the character's code. */
  private readonly children = new Map<number, number>();
  /** The first phrase (by its index) that ends at a node. */
  private readonly phraseAt = new Map<number, number>();
  private nodes = 1;

  constructor(phrases: readonly string[]) {
    phrases.forEach((phrase, index) => {
      let node = 0;
      for (let i = phrase.length - 1; i >= 0; i--) {
        const key = node * 0x10000 + phrase.charCodeAt(i);
        let child = this.children.get(key);
        if (child === undefined) {
          child = this.nodes++;
          this.children.set(key, child);
        }
        node = child;
      }
      if (!this.phraseAt.has(node)) this.phraseAt.set(node, index);
    });
  }

  /** The index of each phrase the text ends with, the shortest phrase first. */
  endingsOf(text: string): number[] {
    const found: number[] = [];
    let node: number | undefined = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      node = this.children.get(node * 0x10000 + text.charCodeAt(i));
      if (node === undefined) break;
      const index = this.phraseAt.get(node);
      if (index !== undefined) found.push(index);
    }
    return found;
  }
}
