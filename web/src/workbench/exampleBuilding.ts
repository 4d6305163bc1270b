// The building the workbench starts with: the README's example office
// (examples/office.yaml), bundled at build time.
import office from '../../../examples/office.yaml?raw';

export const EXAMPLE_BUILDING: string = office;
