import { useId } from 'react';
import { useSelectedConnection, selectConnection } from '../hooks/use-selected-connection';
import { connectionLabel } from './connection-label';

/** Which practice the portal is showing, and a switch to another one when there are several. */
export function PracticeSwitcher() {
  const { connections, selected } = useSelectedConnection();
  const id = useId();
  if (!selected || !connections.data) return null;
  return (
    <div className="practice-switcher">
      <label className="practice-switcher-label" htmlFor={id}>
        Practice
      </label>
      {connections.data.length > 1 ? (
        <select id={id} className="input practice-switcher-select" value={selected.clientId} onChange={(event) => selectConnection(event.target.value)}>
          {connections.data.map((connection) => (
            <option key={connection.clientId} value={connection.clientId}>
              {connectionLabel(connection)}
            </option>
          ))}
        </select>
      ) : (
        <output id={id} className="practice-switcher-single">
          {connectionLabel(selected)}
        </output>
      )}
    </div>
  );
}
