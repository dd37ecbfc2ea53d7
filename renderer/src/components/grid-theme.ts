/**
 * ag-grid set up once for the whole app: the community modules registered, and one theme that
 * matches the workbench (inherited font, AA contrast, the app's accent), so every grid looks alike.
 */
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 15,
  headerFontSize: 15,
  headerFontWeight: 600,
  foregroundColor: '#1b1f24',
  headerTextColor: '#1b1f24',
  backgroundColor: '#ffffff',
  headerBackgroundColor: '#eef1f5',
  accentColor: '#1d4f91',
  borderColor: '#c4cad3',
  rowHoverColor: '#f3f6fa',
  wrapperBorderRadius: 4,
  spacing: 7,
});
