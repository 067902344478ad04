// The Phaser the game ships: built from Phaser's own sources with only what the scenes draw. The Vite
// configuration (build/phaserCut.ts) points `import Phaser from 'phaser'` here and switches Phaser's build
// flags so that only the Canvas renderer is compiled in: no WebGL renderer or shaders, no physics, tilemaps,
// input plugins or Phaser's sound (Howler plays every sound). The types still come from the phaser package.
//
// tests/phaserCut.test.ts reads this file and fails when a scene creates a game object (this.add.X) whose
// factory is not imported below, or uses a part of Phaser (Phaser.X) that is not in the object exported.
import CONST from 'phaser/src/const.js';
import Extend from 'phaser/src/utils/object/Extend.js';
import Core from 'phaser/src/core/index.js';
import Game from 'phaser/src/core/Game.js';
import Scale from 'phaser/src/scale/index.js';
import Scene from 'phaser/src/scene/Scene.js';
import Scenes from 'phaser/src/scene/index.js';
import Structs from 'phaser/src/structs/index.js';
import Time from 'phaser/src/time/index.js';
import Tweens from 'phaser/src/tweens/index.js';
// The plugins every scene needs (each registers itself): the event emitter (without it Phaser stops with
// "Core Plugins missing"), cameras, the display and update lists, the factories, the loader with SVG files.
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/loader/LoaderPlugin.js';
import 'phaser/src/loader/filetypes/SVGFile.js';
// The game objects the scenes create, by the name of their factory (this.add.X).
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/shape/ellipse/EllipseFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';

const Phaser = Extend(false, { Core, Game, Scale, Scene, Scenes, Structs, Time, Tweens }, CONST);

export default Phaser;
