// vue-router 5 mirrors its scroll positions into sessionStorage ('vue-router:scroll'). The portal
// stores nothing on visitors' devices (TDDDG § 25), so that copy is removed right after every
// write; restoring the scroll position on back and forward keeps working from memory.
const SCROLL_KEY = 'vue-router:scroll';

export default defineNuxtPlugin({
  name: 'no-browser-storage',
  setup(nuxtApp) {
    const forget = () => {
      try {
        sessionStorage.removeItem(SCROLL_KEY);
      } catch {
        // Storage disabled: nothing to remove.
      }
    };
    forget();
    useRouter().afterEach(forget);
    nuxtApp.hook('app:mounted', forget);
    nuxtApp.hook('page:finish', forget);
    window.addEventListener('pagehide', forget);
  },
});
