import type { CatalogueItem } from './catalogueItem';

// Annex A section 7: the 14 physical controls. Numbers and short titles only; guidance is ours.
const control = (id: string, title: string, guidance: string): CatalogueItem => ({
  id,
  kind: 'control',
  theme: 'physical',
  title,
  guidance,
});

export const physicalControls: readonly CatalogueItem[] = [
  control(
    'A.7.1',
    'Physical security perimeters',
    'Walk the site and check that secure areas (server rooms, data rooms, QC laboratories, record archives) have boundaries that match their risk. Compare site plans and the physical risk assessment with what you see: doors, windows, fences, false ceilings and raised floors. Typical nonconformity: a server room that can be entered through a window or over a partition wall.',
  ),
  control(
    'A.7.2',
    'Physical entry',
    "Observe entry points: badge readers, reception, visitor sign-in and escort, anti-tailgating measures. Pull the access log for one secure area and compare it with the authorised list, sample the visitor log, and check that leavers' badges were deactivated. Typical nonconformity: incomplete visitor logs, or badges of leavers still working.",
  ),
  control(
    'A.7.3',
    'Securing offices, rooms and facilities',
    'Walk through offices and rooms that hold sensitive information or equipment and check they are locked or access-restricted and that signage does not advertise what is inside. Include archive rooms holding paper GxP records and rooms with network equipment. Typical nonconformity: an unlocked archive room holding batch records.',
  ),
  control(
    'A.7.4',
    'Physical security monitoring',
    'Check that CCTV, intrusion alarms or guard patrols cover sensitive areas, that someone watches or reviews them, and that recordings are kept for the defined period. Ask for a sample of alarm logs and the response to each alarm. Typical nonconformity: cameras not recording, or a blind spot at the server room entrance.',
  ),
  control(
    'A.7.5',
    'Protecting against physical and environmental threats',
    'Check that fire, flood, heat, power loss and other natural or man-made threats were assessed for facilities holding critical IT and data, including climate-related risks. Inspect fire suppression, water detection and temperature alarms and their maintenance records. Typical nonconformity: a basement server room with no water detection.',
  ),
  control(
    'A.7.6',
    'Working in secure areas',
    'Check the rules for working in secure areas (supervision of third parties, no photography or recording devices, no lone working where required) and observe whether they are followed. Ask data-centre or server-room staff how contractors are supervised. Typical nonconformity: contractors left alone in the server room.',
  ),
  control(
    'A.7.7',
    'Clear desk and clear screen',
    "Walk through offices, laboratories and production areas and look for confidential papers left out, unlocked screens and passwords on notes. Check the screen-lock settings pushed to devices and whether secure print release is used. Typical nonconformity: an unattended QC workstation left logged in under an analyst's account.",
  ),
  control(
    'A.7.8',
    'Equipment siting and protection',
    'Check that servers, network equipment and instrument PCs are placed away from hazards such as water pipes, heat and public view, and are protected by locked racks and cabinets and power conditioning. Observe where laboratory instrument PCs and network switches sit. Typical nonconformity: a network switch in an unlocked cupboard in a public corridor.',
  ),
  control(
    'A.7.9',
    'Security of assets off-premises',
    'Check the rules for equipment taken off site (laptops, mobile devices, portable data loggers used in shipping studies): encryption, not leaving it unattended, loan records, reporting loss. Sample off-site asset records and the handling of recent losses. Typical nonconformity: a lost laptop with no evidence that it was encrypted.',
  ),
  control(
    'A.7.10',
    'Storage media',
    'Check how removable media (USB drives, external disks, tapes) are authorised, encrypted, tracked, transported and destroyed, and whether USB ports are technically restricted. In laboratories, ask how instrument data is moved when instruments are not networked. Typical nonconformity: unencrypted USB sticks used to move raw instrument data.',
  ),
  control(
    'A.7.11',
    'Supporting utilities',
    'Check power, cooling and network supply for critical IT: UPS, generators, air conditioning and redundant feeds, with alarms and maintenance and test records (generator load tests, UPS battery tests). Typical nonconformity: UPS battery tests overdue, or generator never tested under load.',
  ),
  control(
    'A.7.12',
    'Cabling security',
    'Inspect power and data cabling: protected from damage and interception, power and data separated, cables labelled, patch panels and network cabinets locked. Look especially at cabling running through public or shared areas. Typical nonconformity: exposed network cabling and open floor boxes in a shared area.',
  ),
  control(
    'A.7.13',
    'Equipment maintenance',
    'Check maintenance schedules and records for critical IT and supporting equipment (servers, UPS, air conditioning, fire systems): who does the work, how external technicians are supervised, and how data is protected when equipment goes out for repair. Typical nonconformity: overdue maintenance, or a failed disk holding data returned to a vendor without wiping.',
  ),
  control(
    'A.7.14',
    'Secure disposal or re-use of equipment',
    'Sample disposed or re-issued equipment and check wiping or destruction certificates that tie to asset IDs, with a method suited to the media (SSDs differ from hard disks), and the contract with the disposal vendor. Include laboratory instrument PCs and multifunction printers with internal disks. Typical nonconformity: no proof that data was removed from disposed devices.',
  ),
];
