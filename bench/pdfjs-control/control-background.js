// Nothing to do: here so the benchmark can find this extension's id from its service worker.
