/**
 * Arm, forearm and hand parts to fit (see PartSpec in ../parts.ts). The reference stands with
 * the palms forward (forearm supinated): the flexors face +z, the extensors -z, the thumb +x.
 */
import type { PartSpec } from '../part-spec.ts'
import { ANT, MED, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const armForearmHandParts: readonly PartSpec[] = [
  { muscle: 'biceps_brachii', part: 'long_head', fma: 'FMA37687', originToward: SUP, origin: 'supraglenoid tubercle' },
  { muscle: 'biceps_brachii', part: 'short_head', fma: 'FMA37685', originToward: SUP, origin: 'coracoid process' },
  { muscle: 'triceps_brachii', part: 'long_head', fma: 'FMA37700', originToward: SUP, origin: 'infraglenoid tubercle' },
  { muscle: 'triceps_brachii', part: 'lateral_head', fma: 'FMA37698', originToward: SUP, origin: 'posterior humerus above the radial groove' },
  { muscle: 'triceps_brachii', part: 'medial_head', fma: 'FMA37696', originToward: SUP, origin: 'posterior humerus below the radial groove', superficial: [-0.7, 0, -0.7] },
  { muscle: 'brachioradialis', part: 'belly', fma: 'FMA38487', originToward: SUP, origin: 'lateral supracondylar ridge of the humerus' },
  { muscle: 'extensor_carpi_radialis_longus', part: 'belly', fma: 'FMA38496', originToward: SUP, origin: 'lateral supracondylar ridge of the humerus' },
  { muscle: 'extensor_digitorum', part: 'belly', fma: 'FMA38502', originToward: SUP, origin: 'lateral epicondyle (common extensor tendon)' },
  { muscle: 'coracobrachialis', part: 'belly', fma: 'FMA37666', originToward: SUP, origin: 'coracoid process', superficial: [-0.6, 0, 0.8] },
  { muscle: 'brachialis', part: 'belly', fma: 'FMA37669', originToward: SUP, origin: 'lower half of the anterior humerus', superficial: ANT },
  { muscle: 'anconeus', part: 'belly', fma: 'FMA37706', originToward: SUP, origin: 'posterior lateral epicondyle', superficial: [0.5, 0, -1] },
  { muscle: 'extensor_carpi_radialis_brevis', part: 'belly', fma: 'FMA38499', originToward: SUP, origin: 'lateral epicondyle (common extensor tendon)', superficial: [0.8, 0, -0.6] },
  { muscle: 'extensor_carpi_ulnaris', part: 'belly', fma: 'FMA38508', originToward: SUP, origin: 'lateral epicondyle and posterior border of the ulna', superficial: [-0.6, 0, -0.8] },
  { muscle: 'extensor_indicis', part: 'belly', fma: 'FMA38526', originToward: SUP, origin: 'posterior surface of the distal ulna and interosseous membrane', superficial: POST },
  { muscle: 'supinator', part: 'belly', fma: 'FMA38514', originToward: SUP, origin: 'lateral epicondyle, supinator crest of the ulna', superficial: [0.8, 0, 0.6], note: 'superficial is its front-outer face, felt beside the biceps tendon under brachioradialis' },
  { muscle: 'palmaris_longus', part: 'belly', fma: 'FMA38464', originToward: SUP, origin: 'medial epicondyle (common flexor tendon)', superficial: ANT },
  { muscle: 'flexor_carpi_radialis', part: 'belly', fma: 'FMA38461', originToward: SUP, origin: 'medial epicondyle (common flexor tendon)', superficial: ANT },
  { muscle: 'flexor_carpi_ulnaris', part: 'humeral_head', fma: 'FMA38618', originToward: SUP, origin: 'medial epicondyle (common flexor tendon)', superficial: [-0.7, 0, 0.5] },
  { muscle: 'flexor_carpi_ulnaris', part: 'ulnar_head', fma: 'FMA38620', originToward: SUP, origin: 'olecranon and posterior border of the ulna', superficial: [-0.8, 0, -0.2] },
  { muscle: 'flexor_digitorum_superficialis', part: 'belly', fma: 'FMA38471', originToward: SUP, origin: 'medial epicondyle, coronoid process, upper anterior radius', superficial: ANT },
  { muscle: 'flexor_digitorum_profundus', part: 'belly', fma: 'FMA38480', originToward: SUP, origin: 'upper anterior and medial ulna, interosseous membrane', superficial: [-0.4, 0, 1] },
  { muscle: 'flexor_pollicis_longus', part: 'belly', fma: 'FMA38484', originToward: SUP, origin: 'anterior surface of the radius, interosseous membrane', superficial: [0.5, 0, 0.9] },
  { muscle: 'pronator_teres', part: 'humeral_head', fma: 'FMA38561', originToward: [-0.5, 1, 0], origin: 'medial epicondyle (common flexor tendon)', superficial: ANT },
  { muscle: 'pronator_teres', part: 'ulnar_head', fma: 'FMA38563', originToward: [-0.5, 1, 0], origin: 'coronoid process of the ulna', superficial: ANT },
  { muscle: 'adductor_pollicis', part: 'oblique_head', fma: 'FMA46122', originToward: [-1, 0.5, 0], origin: 'capitate and bases of the 2nd and 3rd metacarpals', superficial: ANT },
  { muscle: 'adductor_pollicis', part: 'transverse_head', fma: 'FMA46124', originToward: MED, origin: 'palmar shaft of the 3rd metacarpal', superficial: ANT },
  { muscle: 'opponens_pollicis', part: 'belly', fma: 'FMA37391', originToward: [-0.8, 0.5, 0], origin: 'flexor retinaculum and tubercle of the trapezium', superficial: [0.5, 0, 1] },
  { muscle: 'abductor_digiti_minimi_hand', part: 'belly', fma: 'FMA37397', originToward: SUP, origin: 'pisiform', superficial: [-0.8, 0, 0.6] },
  { muscle: 'dorsal_interossei_hand', part: 'belly', fma: 'FMA42405', originToward: SUP, origin: 'adjacent sides of the metacarpals', superficial: POST, axis: SUP, inflate: 0.002, note: 'a set of four muscles side by side in one mesh: one flat tube spans them (fitted 2 mm out so that it does not fold)' },
  { muscle: 'lumbricals_hand', part: 'belly', fma: 'FMA42399', originToward: SUP, origin: 'tendons of flexor digitorum profundus in the palm', superficial: ANT, sheet: true, flat: true, sheetCentroid: true, keepVolume: true, note: 'a set of four slender muscles (2-3 mm across) side by side in one mesh: one thin sheet in the palm spans them, so it covers the gaps between them; its volume is left as fitted (about 1 mm thick, 1.6 times theirs), since matching it would thin the sheet to half a millimetre' },
  { muscle: 'palmar_interossei_hand', part: 'belly', fma: 'FMA42403', originToward: SUP, origin: 'palmar sides of the 2nd, 4th and 5th metacarpals', superficial: ANT, sheet: true, flat: true, keepVolume: true, note: 'a set of three thin muscles side by side in one mesh: one thin sheet spans them, so it covers the gaps between them; its volume is left as fitted (about 1 mm thick, twice theirs), since matching it would thin the sheet to half a millimetre' },
]
