import { CreateUnit1764010000000 } from './1764010000000-CreateUnit.js';
import { CreateIdentity1764020000000 } from './1764020000000-CreateIdentity.js';
import { CreateDocuments1764030000000 } from './1764030000000-CreateDocuments.js';
import { CreateTasks1764040000000 } from './1764040000000-CreateTasks.js';
import { CreateReplies1764050000000 } from './1764050000000-CreateReplies.js';
import { AddReplyTemplates1764060000000 } from './1764060000000-AddReplyTemplates.js';
import { IndexTaskInbox1764070000000 } from './1764070000000-IndexTaskInbox.js';
import { ObjectAccess1764090000000 } from './1764090000000-ObjectAccess.js';
import { CreateJobClaim1764140000000 } from './1764140000000-CreateJobClaim.js';
import { AddPageImage1764140000001 } from './1764140000001-AddPageImage.js';
import { AddEdxmlImport1764180000000 } from './1764180000000-AddEdxmlImport.js';
import { AddReplyMatches1764190000000 } from './1764190000000-AddReplyMatches.js';
import { AddEdxmlOutbox1764200000000 } from './1764200000000-AddEdxmlOutbox.js';
import { IncomingRegister1764210000000 } from './1764210000000-IncomingRegister.js';
import { UnitSuccession1764220000000 } from './1764220000000-UnitSuccession.js';
import { AddApiTokens1764230000000 } from './1764230000000-AddApiTokens.js';
import { AddEdxmlTakeBack1764240000000 } from './1764240000000-AddEdxmlTakeBack.js';
import { UniqueUnitIdentifier1764250000000 } from './1764250000000-UniqueUnitIdentifier.js';
import { IndexTaskListOrder1764260000000 } from './1764260000000-IndexTaskListOrder.js';
import { DocumentSoftDelete1764270000000 } from './1764270000000-DocumentSoftDelete.js';
import { TaskCancellation1764290000000 } from './1764290000000-TaskCancellation.js';
import { ChangeNotifications1764300000017 } from './1764300000017-ChangeNotifications.js';

/** Every migration, oldest first. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [
  CreateUnit1764010000000,
  CreateIdentity1764020000000,
  CreateDocuments1764030000000,
  CreateTasks1764040000000,
  CreateReplies1764050000000,
  AddReplyTemplates1764060000000,
  IndexTaskInbox1764070000000,
  ObjectAccess1764090000000,
  CreateJobClaim1764140000000,
  AddPageImage1764140000001,
  AddEdxmlImport1764180000000,
  AddReplyMatches1764190000000,
  AddEdxmlOutbox1764200000000,
  IncomingRegister1764210000000,
  UnitSuccession1764220000000,
  AddApiTokens1764230000000,
  AddEdxmlTakeBack1764240000000,
  UniqueUnitIdentifier1764250000000,
  IndexTaskListOrder1764260000000,
  DocumentSoftDelete1764270000000,
  TaskCancellation1764290000000,
  ChangeNotifications1764300000017,
];
