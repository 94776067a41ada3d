// Runs in a worker while the page loads: the first WebGL context of a page sets up the GPU process
// and its channel, which costs 100 ms or more. Doing it here, off the main thread, makes the map's own
// context cheap when the map is created. The context is dropped at once; the channel stays.
const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
gl?.getExtension('WEBGL_lose_context')?.loseContext();
self.close();
