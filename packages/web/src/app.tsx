import { useEffect, useState } from 'react';
import { getCenterConfig } from './api/center-api.ts';
import type { CenterConfig } from './api/types.ts';
import { CenterApp } from './center/center-app.tsx';
import { ConsoleApp } from './console/console-app.tsx';
import { useLocation } from './router.tsx';
import { applyBrand } from './theme.ts';

/** /admin… is the console, everything else the privacy center; both are drawn in the manifest's colours. */
export function App() {
  const { path } = useLocation();
  const [config, setConfig] = useState<CenterConfig | null>(null);
  useEffect(() => {
    getCenterConfig().then(
      (c) => {
        applyBrand(c.organisation.primaryColor, c.organisation.accentColor);
        setConfig(c);
      },
      () => setConfig(null),
    );
  }, []);
  return path === '/admin' || path.startsWith('/admin/') ? <ConsoleApp config={config} path={path} /> : <CenterApp config={config} path={path} />;
}
