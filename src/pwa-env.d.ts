// Types of vite-plugin-pwa's virtual modules (virtual:pwa-register, used by src/ui/serviceWorker.ts).
/// <reference types="vite-plugin-pwa/client" />
