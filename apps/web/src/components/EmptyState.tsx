import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({ icon = 'info', children }: { icon?: IconName; children: ReactNode }) {
  return (
    <div className="state state--empty">
      <Icon name={icon} className="state__icon" />
      <p>{children}</p>
    </div>
  );
}
