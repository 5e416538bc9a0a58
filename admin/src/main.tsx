import '@mantine/core/styles.css';
import { type CSSVariablesResolver, DirectionProvider, MantineProvider, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';

// Mantine's default primary shades are too light for white text at WCAG AA contrast; indigo 7+ passes.
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 7, fontFamily: 'system-ui, sans-serif' });

// Mantine's dimmed text (gray 6) is below WCAG AA contrast on white; gray 7 passes (axe checks it).
const variables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DirectionProvider detectDirection={false}>
      <MantineProvider theme={theme} cssVariablesResolver={variables}>
        <BrowserRouter basename="/admin">
          <App />
        </BrowserRouter>
      </MantineProvider>
    </DirectionProvider>
  </StrictMode>,
);
