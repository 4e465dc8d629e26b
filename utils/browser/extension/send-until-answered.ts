// A message to the background, sent again while nothing answers: Chrome stops an idle service
// worker and starts it again for the next message, and one stopped mid-request never replies.
export type Attempt<T> = () => Promise<T | undefined>;

export async function sendUntilAnswered<T>(attempt: Attempt<T>, waits: readonly number[] = [250, 1000, 3000]): Promise<T | undefined> {
  for (let i = 0; ; i++) {
    const answer = await attempt().catch(() => undefined);
    if (answer !== undefined || i >= waits.length) return answer;
    await new Promise((resolve) => setTimeout(resolve, waits[i]));
  }
}
