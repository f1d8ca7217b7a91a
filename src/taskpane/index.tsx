// PLACEHOLDER mount so the build has a task pane entry. The task pane helper replaces this file.
/// <reference types="office-js" />
import * as React from 'react';
import { createRoot } from 'react-dom/client';

function Placeholder(): React.JSX.Element {
  return (
    <main style={{ padding: 16 }}>
      <h1 style={{ fontSize: 18 }}>Kiểm tra Nông thôn mới</h1>
      <p>Ngăn kiểm tra đang được xây dựng.</p>
    </main>
  );
}

Office.onReady(() => {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(<Placeholder />);
});
