/**
 * What the fitting needs to know per muscle part beyond the reference mesh: the left-side FMA
 * id to measure, which end is the origin (a direction, left side: +x lateral, +y superior,
 * +z anterior), and where needed the superficial direction or the fibre axis.
 * The origin ends follow the usual textbook attachments (Gray's Anatomy; Travell & Simons).
 */
import type { Vec3 } from '../../src/anatomy/figures.ts'

/** One part to fit. */
export interface PartSpec {
  muscle: string
  part: string
  /** FMA id of the LEFT part in the reference. */
  fma: string
  /** The origin end lies this way from the insertion end. */
  originToward: Vec3
  /** Why that end is the origin (the attachment), for the reader. */
  origin: string
  /** Toward the skin ("around" 0); measured from the skin when omitted. */
  superficial?: Vec3
  /** Fibre direction, when the part's longest extent is not along its fibres. */
  axis?: Vec3
}

const SUP: Vec3 = [0, 1, 0]
const INF: Vec3 = [0, -1, 0]
const MED: Vec3 = [-1, 0, 0]
const POST: Vec3 = [0, 0, -1]
const ANT: Vec3 = [0, 0, 1]
const LAT: Vec3 = [1, 0, 0]

/** Every measured part of the roster (masseter is shaped separately: no reference mesh). */
export const partSpecs: readonly PartSpec[] = [
  { muscle: 'levator_scapulae', part: 'belly', fma: 'FMA32541', originToward: SUP, origin: 'transverse processes C1-C4', superficial: [0.5, 0, -1] },
  { muscle: 'sternocleidomastoid', part: 'belly', fma: 'FMA13409', originToward: INF, origin: 'manubrium and medial clavicle' },
  { muscle: 'splenius_capitis', part: 'belly', fma: 'FMA22729', originToward: INF, origin: 'nuchal ligament, spinous processes C7-T3', superficial: POST },
  { muscle: 'scalenes', part: 'anterior', fma: 'FMA13393', originToward: SUP, origin: 'transverse processes C3-C6', superficial: [1, 0, 0.5] },
  { muscle: 'scalenes', part: 'middle', fma: 'FMA13391', originToward: SUP, origin: 'transverse processes C2-C7', superficial: LAT },
  { muscle: 'scalenes', part: 'posterior', fma: 'FMA13389', originToward: SUP, origin: 'transverse processes C4-C6', superficial: [1, 0, -0.5] },
  { muscle: 'temporalis', part: 'belly', fma: 'FMA49008', originToward: SUP, origin: 'temporal fossa', superficial: LAT },
  { muscle: 'upper_trapezius', part: 'descending_part', fma: 'FMA33587', originToward: [-1, 1, 0], origin: 'external occipital protuberance, nuchal ligament', superficial: [0, 0.5, -0.85] },
  { muscle: 'middle_trapezius', part: 'transverse_part', fma: 'FMA33585', originToward: MED, origin: 'spinous processes C7-T3', superficial: POST },
  { muscle: 'lower_trapezius', part: 'ascending_part', fma: 'FMA33583', originToward: [-1, -1, 0], origin: 'spinous processes T4-T12' },
  { muscle: 'supraspinatus', part: 'belly', fma: 'FMA32545', originToward: MED, origin: 'supraspinous fossa', superficial: SUP },
  { muscle: 'infraspinatus', part: 'belly', fma: 'FMA32548', originToward: MED, origin: 'infraspinous fossa' },
  { muscle: 'rhomboids', part: 'major', fma: 'FMA13382', originToward: MED, origin: 'spinous processes T2-T5', superficial: POST },
  { muscle: 'rhomboids', part: 'minor', fma: 'FMA13384', originToward: MED, origin: 'spinous processes C7-T1', superficial: POST },
  { muscle: 'deltoid', part: 'anterior', fma: 'FMA34681', originToward: SUP, origin: 'lateral third of the clavicle' },
  { muscle: 'deltoid', part: 'middle', fma: 'FMA34683', originToward: SUP, origin: 'acromion' },
  { muscle: 'deltoid', part: 'posterior', fma: 'FMA34685', originToward: [-0.5, 1, 0], origin: 'spine of the scapula' },
  { muscle: 'latissimus_dorsi', part: 'belly', fma: 'FMA13359', originToward: [-1, -1, 0], origin: 'spinous processes T7-L5, thoracolumbar fascia, iliac crest' },
  { muscle: 'biceps_brachii', part: 'long_head', fma: 'FMA37687', originToward: SUP, origin: 'supraglenoid tubercle' },
  { muscle: 'biceps_brachii', part: 'short_head', fma: 'FMA37685', originToward: SUP, origin: 'coracoid process' },
  { muscle: 'triceps_brachii', part: 'long_head', fma: 'FMA37700', originToward: SUP, origin: 'infraglenoid tubercle' },
  { muscle: 'triceps_brachii', part: 'lateral_head', fma: 'FMA37698', originToward: SUP, origin: 'posterior humerus above the radial groove' },
  { muscle: 'triceps_brachii', part: 'medial_head', fma: 'FMA37696', originToward: SUP, origin: 'posterior humerus below the radial groove', superficial: [-0.7, 0, -0.7] },
  { muscle: 'brachioradialis', part: 'belly', fma: 'FMA38487', originToward: SUP, origin: 'lateral supracondylar ridge of the humerus' },
  { muscle: 'extensor_carpi_radialis_longus', part: 'belly', fma: 'FMA38496', originToward: SUP, origin: 'lateral supracondylar ridge of the humerus' },
  { muscle: 'extensor_digitorum', part: 'belly', fma: 'FMA38502', originToward: SUP, origin: 'lateral epicondyle (common extensor tendon)' },
  { muscle: 'pectoralis_major', part: 'clavicular', fma: 'FMA34691', originToward: MED, origin: 'medial half of the clavicle', superficial: ANT },
  { muscle: 'pectoralis_major', part: 'sternocostal', fma: 'FMA79980', originToward: MED, origin: 'sternum and costal cartilages 1-6', superficial: ANT },
  { muscle: 'pectoralis_major', part: 'abdominal', fma: 'FMA45875', originToward: [-1, -1, 0], origin: 'anterior rectus sheath', superficial: ANT },
  { muscle: 'rectus_abdominis', part: 'belly', fma: 'FMA13378', originToward: INF, origin: 'pubic crest and symphysis', superficial: ANT },
  { muscle: 'quadratus_lumborum', part: 'belly', fma: 'FMA22349', originToward: INF, origin: 'iliac crest and iliolumbar ligament', superficial: [0.5, 0, -1] },
  { muscle: 'iliopsoas', part: 'psoas_major', fma: 'FMA22343', originToward: SUP, origin: 'bodies and transverse processes T12-L5', superficial: ANT },
  { muscle: 'iliopsoas', part: 'iliacus', fma: 'FMA22323', originToward: SUP, origin: 'iliac fossa', superficial: ANT },
  { muscle: 'gluteus_maximus', part: 'belly', fma: 'FMA22329', originToward: [-1, 1, 0], origin: 'posterior ilium, sacrum and coccyx', superficial: POST },
  { muscle: 'gluteus_medius', part: 'belly', fma: 'FMA22331', originToward: SUP, origin: 'outer surface of the ilium' },
  { muscle: 'gluteus_minimus', part: 'belly', fma: 'FMA22333', originToward: SUP, origin: 'outer surface of the ilium, below gluteus medius', superficial: LAT },
  { muscle: 'piriformis', part: 'belly', fma: 'FMA22341', originToward: MED, origin: 'anterior surface of the sacrum', superficial: POST },
  { muscle: 'tensor_fasciae_latae', part: 'belly', fma: 'FMA22426', originToward: SUP, origin: 'anterior superior iliac spine' },
  { muscle: 'rectus_femoris', part: 'belly', fma: 'FMA38929', originToward: SUP, origin: 'anterior inferior iliac spine', superficial: ANT },
  { muscle: 'vastus_lateralis', part: 'belly', fma: 'FMA38931', originToward: SUP, origin: 'greater trochanter and lateral linea aspera' },
  { muscle: 'vastus_medialis', part: 'belly', fma: 'FMA38933', originToward: SUP, origin: 'intertrochanteric line and medial linea aspera' },
  { muscle: 'biceps_femoris', part: 'long_head', fma: 'FMA45889', originToward: SUP, origin: 'ischial tuberosity', superficial: POST },
  { muscle: 'biceps_femoris', part: 'short_head', fma: 'FMA45892', originToward: SUP, origin: 'lateral lip of the linea aspera' },
  { muscle: 'semitendinosus', part: 'belly', fma: 'FMA22359', originToward: SUP, origin: 'ischial tuberosity', superficial: POST },
  { muscle: 'gastrocnemius', part: 'medial_head', fma: 'FMA45958', originToward: SUP, origin: 'medial femoral condyle', superficial: POST },
  { muscle: 'gastrocnemius', part: 'lateral_head', fma: 'FMA45961', originToward: SUP, origin: 'lateral femoral condyle', superficial: POST },
  { muscle: 'soleus', part: 'belly', fma: 'FMA22559', originToward: SUP, origin: 'posterior head of the fibula and soleal line of the tibia', superficial: POST },
  { muscle: 'tibialis_anterior', part: 'belly', fma: 'FMA22545', originToward: SUP, origin: 'lateral condyle and upper lateral tibia', superficial: [0.3, 0, 0.95] },
  { muscle: 'peroneus_longus', part: 'belly', fma: 'FMA22553', originToward: SUP, origin: 'head and upper lateral fibula', superficial: LAT },
]
