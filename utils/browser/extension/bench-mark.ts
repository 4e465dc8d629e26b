// The benchmark's timing marks (bench/), made only in a build for it (`wxt build --mode bench`).
// In the product they would land in the page's performance timeline, where any page could read
// them and learn that Ofsted Lens is installed; there the condition is false and the build drops the call.
export function benchMark(name: string, detail?: unknown): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`ofsted-lens:${name}`, detail === undefined ? undefined : { detail });
}
