// The simulated locker controller's OPC-UA address space: which nodes it has, under which ids (strings in the server's
// own namespace, ns=1), and the mapping a gateway config uses to read them (lockerSimMapping), kept together so that the
// two cannot drift apart.
import { DataType, StatusCodes, Variant, VariantArrayType, type OPCUAServer, type UAEventType, type UAObject } from 'node-opcua';
import type { OpcuaMappingConfig } from '../../../protocols/opcua/types.ts';
import { MODES, type AlarmFields, type LockerController } from './locker-controller.ts';

const SAMPLING = { minimumSamplingInterval: 50 } as const;

/**
 * Builds the controller's nodes in the server's own namespace (ns=1) and returns the listener that raises its alarms as
 * events; the caller attaches it to the controller and detaches it when the server stops.
 */
export function addLockerNodes(server: OPCUAServer, controller: LockerController): (alarm: AlarmFields) => void {
  const space = server.engine.addressSpace!;
  const ns = space.getOwnNamespace();
  const locker = ns.addObject({ browseName: 'Locker', nodeId: 's=Locker', organizedBy: space.rootFolder.objects, eventNotifier: 1 });
  const readOnly = (browseName: string, nodeId: string, dataType: DataType, get: () => unknown, owner: UAObject = locker) =>
    ns.addVariable({
      componentOf: owner,
      browseName,
      nodeId,
      dataType: DataType[dataType],
      ...SAMPLING,
      value: { get: () => new Variant({ dataType, value: get() }) },
    });
  readOnly('Heartbeat', 's=Locker.Heartbeat', DataType.UInt32, () => controller.heartbeat);
  readOnly('Firmware', 's=Locker.Firmware', DataType.String, () => controller.firmware);
  readOnly('Model', 's=Locker.Model', DataType.String, () => controller.model);
  ns.addVariable({
    componentOf: locker,
    browseName: 'ServiceMode',
    nodeId: 's=Locker.ServiceMode',
    dataType: 'Int32',
    ...SAMPLING,
    accessLevel: 'CurrentRead | CurrentWrite',
    userAccessLevel: 'CurrentRead | CurrentWrite',
    description: '1 in service, 2 out of service, 3 maintenance',
    value: {
      get: () => new Variant({ dataType: DataType.Int32, value: MODES.indexOf(controller.mode) + 1 }),
      set: (v: Variant) => (controller.setMode(Number(v.value)) ? StatusCodes.Good : StatusCodes.BadOutOfRange),
    },
  });
  ns.addVariable({
    componentOf: locker,
    browseName: 'TransactionLog',
    nodeId: 's=Locker.TransactionLog',
    dataType: 'String',
    valueRank: 1,
    arrayDimensions: [0],
    ...SAMPLING,
    value: {
      get: () => new Variant({ dataType: DataType.String, arrayType: VariantArrayType.Array, value: [...controller.transactionLog] }),
    },
  });
  const folder = ns.addObject({ browseName: 'Compartments', nodeId: 's=Locker.Compartments', componentOf: locker });
  controller.compartments.forEach((comp, i) => {
    const n = i + 1;
    const unit = ns.addObject({ browseName: `C${n}`, nodeId: `s=Locker.C${n}`, componentOf: folder });
    readOnly('DoorOpen', `s=Locker.C${n}.DoorOpen`, DataType.Boolean, () => comp.door !== 'closed', unit);
    readOnly('Occupied', `s=Locker.C${n}.Occupied`, DataType.Boolean, () => comp.occupied, unit);
    readOnly('DocumentRef', `s=Locker.C${n}.DocumentRef`, DataType.String, () => comp.documentRef, unit);
  });
  const open = ns.addMethod(locker, {
    browseName: 'OpenCompartment',
    nodeId: 's=Locker.OpenCompartment',
    inputArguments: [{ name: 'Compartment', dataType: DataType.UInt32, description: { text: 'compartment number, 1..N' } }],
    outputArguments: [
      { name: 'Result', dataType: DataType.String, description: { text: 'opened, unknown_compartment, out_of_service or door_fault' } },
    ],
  });
  open.bindMethod((args, _ctx, cb) => {
    cb(null, {
      statusCode: StatusCodes.Good,
      outputArguments: [{ dataType: DataType.String, value: controller.open(Number(args[0]?.value)) }],
    });
  });
  const alarmType: UAEventType = ns.addEventType({ browseName: 'LockerAlarmEventType', subtypeOf: 'BaseEventType' });
  for (const [name, dataType] of [
    ['Code', 'String'],
    ['Compartment', 'UInt32'],
    ['Active', 'Boolean'],
  ] as const) {
    ns.addVariable({ propertyOf: alarmType, browseName: name, dataType, modellingRule: 'Mandatory' });
  }
  return (alarm) =>
    locker.raiseEvent(alarmType, {
      message: { dataType: DataType.LocalizedText, value: { text: alarm.message } },
      severity: { dataType: DataType.UInt16, value: alarm.severity },
      code: { dataType: DataType.String, value: alarm.code },
      compartment: { dataType: DataType.UInt32, value: alarm.compartment },
      active: { dataType: DataType.Boolean, value: alarm.active },
    });
}

/** The gateway mapping for this simulator (node ids in ns=1). */
export function lockerSimMapping(units: number): OpcuaMappingConfig {
  return {
    units,
    values: {
      heartbeat: 'ns=1;s=Locker.Heartbeat',
      serviceMode: 'ns=1;s=Locker.ServiceMode',
      transactions: 'ns=1;s=Locker.TransactionLog',
      firmware: 'ns=1;s=Locker.Firmware',
      model: 'ns=1;s=Locker.Model',
      door: 'ns=1;s=Locker.C{n}.DoorOpen',
      occupied: 'ns=1;s=Locker.C{n}.Occupied',
      documentRef: 'ns=1;s=Locker.C{n}.DocumentRef',
    },
    events: { alarms: { notifier: 'ns=1;s=Locker', fields: { code: '1:Code', compartment: '1:Compartment', active: '1:Active' } } },
    methods: { openCompartment: { object: 'ns=1;s=Locker', method: 'ns=1;s=Locker.OpenCompartment' } },
  };
}
