/** Export: the report as a Word document (see views/export/ExportArea.tsx). */
import { ExportArea } from '../export/ExportArea';

export function ExportView() {
  return <ExportArea />;
}
