// Present only because the browser harness waits for the extension's service worker.
