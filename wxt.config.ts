import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: '.',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Ofsted Lens',
    description:
      "Grades, prior-inspection context and notes for Ofsted reports on local authority children's services.",
    permissions: [],
  },
});
