// Present because the browser harness waits for the extension's service worker, and the popup benchmark opens the popup from it.
