// Runs independent features side by side so that one failing (throwing or rejecting) leaves the
// others working; answers which failed, by position.
export async function settleEach(features: ReadonlyArray<() => unknown>): Promise<number[]> {
  const outcomes = await Promise.allSettled(features.map((feature) => Promise.resolve().then(feature)));
  return outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [i] : []));
}
