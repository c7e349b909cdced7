/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const edge = $root.edge = (() => {

    /**
     * Namespace edge.
     * @exports edge
     * @namespace
     */
    const edge = {};

    edge.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof edge
         * @namespace
         */
        const v1 = {};

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} edge.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {string|null} [siteId] Command siteId
             * @property {string|null} [deviceId] Command deviceId
             * @property {number|null} [deadlineMs] Command deadlineMs
             * @property {number|null} [issuedMs] Command issuedMs
             * @property {edge.v1.OpenCompartment.$Properties|null} [openCompartment] Command openCompartment
             * @property {edge.v1.SetPrices.$Properties|null} [setPrices] Command setPrices
             * @property {edge.v1.SetServiceMode.$Properties|null} [setServiceMode] Command setServiceMode
             * @property {edge.v1.Reboot.$Properties|null} [reboot] Command reboot
             * @property {edge.v1.RefreshPickupList.$Properties|null} [refreshPickupList] Command refreshPickupList
             * @property {edge.v1.RequestState.$Properties|null} [requestState] Command requestState
             * @property {"openCompartment"|"setPrices"|"setServiceMode"|"reboot"|"refreshPickupList"|"requestState"} [body] Command body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof edge.v1
             * @interface ICommand
             * @augments edge.v1.Command.$Properties
             * @deprecated Use edge.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   commandId?: string|null;
             *   siteId?: string|null;
             *   deviceId?: string|null;
             *   deadlineMs?: number|null;
             *   issuedMs?: number|null;
             *   openCompartment?: edge.v1.OpenCompartment.$Shape|null;
             *   setPrices?: edge.v1.SetPrices.$Shape|null;
             *   setServiceMode?: edge.v1.SetServiceMode.$Shape|null;
             *   reboot?: edge.v1.Reboot.$Shape|null;
             *   refreshPickupList?: edge.v1.RefreshPickupList.$Shape|null;
             *   requestState?: edge.v1.RequestState.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "openCompartment"; openCompartment: edge.v1.OpenCompartment.$Shape; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "setPrices"; openCompartment?: null; setPrices: edge.v1.SetPrices.$Shape; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "setServiceMode"; openCompartment?: null; setPrices?: null; setServiceMode: edge.v1.SetServiceMode.$Shape; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "reboot"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot: edge.v1.Reboot.$Shape; refreshPickupList?: null; requestState?: null }|{ body?: "refreshPickupList"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList: edge.v1.RefreshPickupList.$Shape; requestState?: null }|{ body?: "requestState"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState: edge.v1.RequestState.$Shape })
             * )} edge.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof edge.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {edge.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command siteId.
             * @member {string} siteId
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.siteId = "";

            /**
             * Command deviceId.
             * @member {string} deviceId
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.deviceId = "";

            /**
             * Command deadlineMs.
             * @member {number} deadlineMs
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command issuedMs.
             * @member {number} issuedMs
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command openCompartment.
             * @member {edge.v1.OpenCompartment.$Properties|null|undefined} openCompartment
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.openCompartment = null;

            /**
             * Command setPrices.
             * @member {edge.v1.SetPrices.$Properties|null|undefined} setPrices
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.setPrices = null;

            /**
             * Command setServiceMode.
             * @member {edge.v1.SetServiceMode.$Properties|null|undefined} setServiceMode
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.setServiceMode = null;

            /**
             * Command reboot.
             * @member {edge.v1.Reboot.$Properties|null|undefined} reboot
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.reboot = null;

            /**
             * Command refreshPickupList.
             * @member {edge.v1.RefreshPickupList.$Properties|null|undefined} refreshPickupList
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.refreshPickupList = null;

            /**
             * Command requestState.
             * @member {edge.v1.RequestState.$Properties|null|undefined} requestState
             * @memberof edge.v1.Command
             * @instance
             */
            Command.prototype.requestState = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command body.
             * @member {"openCompartment"|"setPrices"|"setServiceMode"|"reboot"|"refreshPickupList"|"requestState"|undefined} body
             * @memberof edge.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["openCompartment", "setPrices", "setServiceMode", "reboot", "refreshPickupList", "requestState"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof edge.v1.Command
             * @static
             * @param {edge.v1.Command.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Command} Command instance
             * @type {{
             *   (properties: edge.v1.Command.$Shape): edge.v1.Command & edge.v1.Command.$Shape;
             *   (properties?: edge.v1.Command.$Properties): edge.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link edge.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Command
             * @static
             * @param {edge.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.siteId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.deviceId);
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.deadlineMs);
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.issuedMs);
                if (m.openCompartment != null && $Object.hasOwnProperty.call(m, "openCompartment"))
                    $root.edge.v1.OpenCompartment.encode(m.openCompartment, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.setPrices != null && $Object.hasOwnProperty.call(m, "setPrices"))
                    $root.edge.v1.SetPrices.encode(m.setPrices, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.setServiceMode != null && $Object.hasOwnProperty.call(m, "setServiceMode"))
                    $root.edge.v1.SetServiceMode.encode(m.setServiceMode, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.reboot != null && $Object.hasOwnProperty.call(m, "reboot"))
                    $root.edge.v1.Reboot.encode(m.reboot, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.refreshPickupList != null && $Object.hasOwnProperty.call(m, "refreshPickupList"))
                    $root.edge.v1.RefreshPickupList.encode(m.refreshPickupList, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.requestState != null && $Object.hasOwnProperty.call(m, "requestState"))
                    $root.edge.v1.RequestState.encode(m.requestState, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link edge.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Command
             * @static
             * @param {edge.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Command & edge.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issuedMs = v;
                            else
                                delete m.issuedMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.openCompartment = $root.edge.v1.OpenCompartment.decode(r, r.size(), $undefined, q + 1, m.openCompartment);
                            m.body = "openCompartment";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.setPrices = $root.edge.v1.SetPrices.decode(r, r.size(), $undefined, q + 1, m.setPrices);
                            m.body = "setPrices";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.setServiceMode = $root.edge.v1.SetServiceMode.decode(r, r.size(), $undefined, q + 1, m.setServiceMode);
                            m.body = "setServiceMode";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.reboot = $root.edge.v1.Reboot.decode(r, r.size(), $undefined, q + 1, m.reboot);
                            m.body = "reboot";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.refreshPickupList = $root.edge.v1.RefreshPickupList.decode(r, r.size(), $undefined, q + 1, m.refreshPickupList);
                            m.body = "refreshPickupList";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.requestState = $root.edge.v1.RequestState.decode(r, r.size(), $undefined, q + 1, m.requestState);
                            m.body = "requestState";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Command & edge.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof edge.v1.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (!$util.isInteger(m.deadlineMs) && !(m.deadlineMs && $util.isInteger(m.deadlineMs.low) && $util.isInteger(m.deadlineMs.high)))
                        return "deadlineMs: integer|Long expected";
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (!$util.isInteger(m.issuedMs) && !(m.issuedMs && $util.isInteger(m.issuedMs.low) && $util.isInteger(m.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                }
                if (m.openCompartment != null && $Object.hasOwnProperty.call(m, "openCompartment")) {
                    p.body = 1;
                    {
                        var e = $root.edge.v1.OpenCompartment.verify(m.openCompartment, q + 1);
                        if (e)
                            return "openCompartment." + e;
                    }
                }
                if (m.setPrices != null && $Object.hasOwnProperty.call(m, "setPrices")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.SetPrices.verify(m.setPrices, q + 1);
                        if (e)
                            return "setPrices." + e;
                    }
                }
                if (m.setServiceMode != null && $Object.hasOwnProperty.call(m, "setServiceMode")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.SetServiceMode.verify(m.setServiceMode, q + 1);
                        if (e)
                            return "setServiceMode." + e;
                    }
                }
                if (m.reboot != null && $Object.hasOwnProperty.call(m, "reboot")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Reboot.verify(m.reboot, q + 1);
                        if (e)
                            return "reboot." + e;
                    }
                }
                if (m.refreshPickupList != null && $Object.hasOwnProperty.call(m, "refreshPickupList")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.RefreshPickupList.verify(m.refreshPickupList, q + 1);
                        if (e)
                            return "refreshPickupList." + e;
                    }
                }
                if (m.requestState != null && $Object.hasOwnProperty.call(m, "requestState")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.RequestState.verify(m.requestState, q + 1);
                        if (e)
                            return "requestState." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Command();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.deadlineMs != null) {
                    if (typeof d.deadlineMs === "object" ? d.deadlineMs.low || d.deadlineMs.high : $Number(d.deadlineMs) !== 0) {
                        if ($util.Long)
                            m.deadlineMs = $util.Long.fromValue(d.deadlineMs, false);
                        else if (typeof d.deadlineMs === "string")
                            m.deadlineMs = $parseInt(d.deadlineMs, 10);
                        else if (typeof d.deadlineMs === "number")
                            m.deadlineMs = d.deadlineMs;
                        else if (typeof d.deadlineMs === "object")
                            m.deadlineMs = new $util.LongBits(d.deadlineMs.low >>> 0, d.deadlineMs.high >>> 0).toNumber();
                    }
                }
                if (d.issuedMs != null) {
                    if (typeof d.issuedMs === "object" ? d.issuedMs.low || d.issuedMs.high : $Number(d.issuedMs) !== 0) {
                        if ($util.Long)
                            m.issuedMs = $util.Long.fromValue(d.issuedMs, false);
                        else if (typeof d.issuedMs === "string")
                            m.issuedMs = $parseInt(d.issuedMs, 10);
                        else if (typeof d.issuedMs === "number")
                            m.issuedMs = d.issuedMs;
                        else if (typeof d.issuedMs === "object")
                            m.issuedMs = new $util.LongBits(d.issuedMs.low >>> 0, d.issuedMs.high >>> 0).toNumber();
                    }
                }
                if (d.openCompartment != null) {
                    if (!$util.isObject(d.openCompartment))
                        throw $TypeError(".edge.v1.Command.openCompartment: object expected");
                    m.openCompartment = $root.edge.v1.OpenCompartment.fromObject(d.openCompartment, q + 1);
                }
                if (d.setPrices != null) {
                    if (!$util.isObject(d.setPrices))
                        throw $TypeError(".edge.v1.Command.setPrices: object expected");
                    m.setPrices = $root.edge.v1.SetPrices.fromObject(d.setPrices, q + 1);
                }
                if (d.setServiceMode != null) {
                    if (!$util.isObject(d.setServiceMode))
                        throw $TypeError(".edge.v1.Command.setServiceMode: object expected");
                    m.setServiceMode = $root.edge.v1.SetServiceMode.fromObject(d.setServiceMode, q + 1);
                }
                if (d.reboot != null) {
                    if (!$util.isObject(d.reboot))
                        throw $TypeError(".edge.v1.Command.reboot: object expected");
                    m.reboot = $root.edge.v1.Reboot.fromObject(d.reboot, q + 1);
                }
                if (d.refreshPickupList != null) {
                    if (!$util.isObject(d.refreshPickupList))
                        throw $TypeError(".edge.v1.Command.refreshPickupList: object expected");
                    m.refreshPickupList = $root.edge.v1.RefreshPickupList.fromObject(d.refreshPickupList, q + 1);
                }
                if (d.requestState != null) {
                    if (!$util.isObject(d.requestState))
                        throw $TypeError(".edge.v1.Command.requestState: object expected");
                    m.requestState = $root.edge.v1.RequestState.fromObject(d.requestState, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Command
             * @static
             * @param {edge.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.commandId = "";
                    d.siteId = "";
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deadlineMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deadlineMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issuedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issuedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deadlineMs = typeof m.deadlineMs === "number" ? $BigInt(m.deadlineMs) : $util.Long.fromBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deadlineMs === "number")
                        d.deadlineMs = o.longs === $String ? $String(m.deadlineMs) : m.deadlineMs;
                    else
                        d.deadlineMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deadlineMs) : o.longs === $Number ? new $util.LongBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0).toNumber() : m.deadlineMs;
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issuedMs = typeof m.issuedMs === "number" ? $BigInt(m.issuedMs) : $util.Long.fromBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.issuedMs === "number")
                        d.issuedMs = o.longs === $String ? $String(m.issuedMs) : m.issuedMs;
                    else
                        d.issuedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedMs) : o.longs === $Number ? new $util.LongBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0).toNumber() : m.issuedMs;
                }
                if (m.openCompartment != null && $Object.hasOwnProperty.call(m, "openCompartment")) {
                    d.openCompartment = $root.edge.v1.OpenCompartment.toObject(m.openCompartment, o, q + 1);
                    if (o.oneofs)
                        d.body = "openCompartment";
                }
                if (m.setPrices != null && $Object.hasOwnProperty.call(m, "setPrices")) {
                    d.setPrices = $root.edge.v1.SetPrices.toObject(m.setPrices, o, q + 1);
                    if (o.oneofs)
                        d.body = "setPrices";
                }
                if (m.setServiceMode != null && $Object.hasOwnProperty.call(m, "setServiceMode")) {
                    d.setServiceMode = $root.edge.v1.SetServiceMode.toObject(m.setServiceMode, o, q + 1);
                    if (o.oneofs)
                        d.body = "setServiceMode";
                }
                if (m.reboot != null && $Object.hasOwnProperty.call(m, "reboot")) {
                    d.reboot = $root.edge.v1.Reboot.toObject(m.reboot, o, q + 1);
                    if (o.oneofs)
                        d.body = "reboot";
                }
                if (m.refreshPickupList != null && $Object.hasOwnProperty.call(m, "refreshPickupList")) {
                    d.refreshPickupList = $root.edge.v1.RefreshPickupList.toObject(m.refreshPickupList, o, q + 1);
                    if (o.oneofs)
                        d.body = "refreshPickupList";
                }
                if (m.requestState != null && $Object.hasOwnProperty.call(m, "requestState")) {
                    d.requestState = $root.edge.v1.RequestState.toObject(m.requestState, o, q + 1);
                    if (o.oneofs)
                        d.body = "requestState";
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof edge.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof edge.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Command";
            };

            return Command;
        })();

        v1.SignedCommand = (function() {

            /**
             * Properties of a SignedCommand.
             * @typedef {Object} edge.v1.SignedCommand.$Properties
             * @property {Uint8Array|null} [command] SignedCommand command
             * @property {Uint8Array|null} [signature] SignedCommand signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedCommand.
             * @memberof edge.v1
             * @interface ISignedCommand
             * @augments edge.v1.SignedCommand.$Properties
             * @deprecated Use edge.v1.SignedCommand.$Properties instead.
             */

            /**
             * Shape of a SignedCommand.
             * @typedef {edge.v1.SignedCommand.$Properties} edge.v1.SignedCommand.$Shape
             */

            /**
             * Constructs a new SignedCommand.
             * @memberof edge.v1
             * @classdesc Represents a SignedCommand.
             * @constructor
             * @param {edge.v1.SignedCommand.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedCommand = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SignedCommand command.
             * @member {Uint8Array} command
             * @memberof edge.v1.SignedCommand
             * @instance
             */
            SignedCommand.prototype.command = $util.newBuffer([]);

            /**
             * SignedCommand signature.
             * @member {Uint8Array} signature
             * @memberof edge.v1.SignedCommand
             * @instance
             */
            SignedCommand.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedCommand instance using the specified properties.
             * @function create
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {edge.v1.SignedCommand.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SignedCommand} SignedCommand instance
             * @type {{
             *   (properties: edge.v1.SignedCommand.$Shape): edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape;
             *   (properties?: edge.v1.SignedCommand.$Properties): edge.v1.SignedCommand;
             * }}
             */
            SignedCommand.create = function(properties) {
                return new SignedCommand(properties);
            };

            /**
             * Encodes the specified SignedCommand message. Does not implicitly {@link edge.v1.SignedCommand.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {edge.v1.SignedCommand.$Properties} m SignedCommand message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedCommand.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.command != null && $Object.hasOwnProperty.call(m, "command") && m.command.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.command);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SignedCommand message, length delimited. Does not implicitly {@link edge.v1.SignedCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {edge.v1.SignedCommand.$Properties} message SignedCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedCommand message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedCommand.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SignedCommand();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.command = v;
                            else
                                delete m.command;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SignedCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SignedCommand message.
             * @function verify
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedCommand.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (!(m.command && typeof m.command.length === "number" || $util.isString(m.command)))
                        return "command: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                return null;
            };

            /**
             * Creates a SignedCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SignedCommand} SignedCommand
             */
            SignedCommand.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SignedCommand)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SignedCommand: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SignedCommand();
                if (d.command != null) {
                    if (d.command.length) {
                        if (typeof d.command === "string")
                            $util.base64.decode(d.command, m.command = $util.newBuffer($util.base64.length(d.command)), 0);
                        else if (d.command.length >= 0)
                            m.command = d.command;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SignedCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {edge.v1.SignedCommand} m SignedCommand
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedCommand.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.command = "";
                    else {
                        d.command = [];
                        if (o.bytes !== $Array)
                            d.command = $util.newBuffer(d.command);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = o.bytes === $String ? $util.base64.encode(m.command, 0, m.command.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.command) : m.command;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this SignedCommand to JSON.
             * @function toJSON
             * @memberof edge.v1.SignedCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedCommand.prototype.toJSON = function() {
                return SignedCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedCommand
             * @function getTypeUrl
             * @memberof edge.v1.SignedCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SignedCommand";
            };

            return SignedCommand;
        })();

        v1.OpenCompartment = (function() {

            /**
             * Properties of an OpenCompartment.
             * @typedef {Object} edge.v1.OpenCompartment.$Properties
             * @property {number|null} [compartment] OpenCompartment compartment
             * @property {string|null} [reason] OpenCompartment reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpenCompartment.
             * @memberof edge.v1
             * @interface IOpenCompartment
             * @augments edge.v1.OpenCompartment.$Properties
             * @deprecated Use edge.v1.OpenCompartment.$Properties instead.
             */

            /**
             * Shape of an OpenCompartment.
             * @typedef {edge.v1.OpenCompartment.$Properties} edge.v1.OpenCompartment.$Shape
             */

            /**
             * Constructs a new OpenCompartment.
             * @memberof edge.v1
             * @classdesc Represents an OpenCompartment.
             * @constructor
             * @param {edge.v1.OpenCompartment.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OpenCompartment = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OpenCompartment compartment.
             * @member {number} compartment
             * @memberof edge.v1.OpenCompartment
             * @instance
             */
            OpenCompartment.prototype.compartment = 0;

            /**
             * OpenCompartment reason.
             * @member {string} reason
             * @memberof edge.v1.OpenCompartment
             * @instance
             */
            OpenCompartment.prototype.reason = "";

            /**
             * Creates a new OpenCompartment instance using the specified properties.
             * @function create
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {edge.v1.OpenCompartment.$Properties=} [properties] Properties to set
             * @returns {edge.v1.OpenCompartment} OpenCompartment instance
             * @type {{
             *   (properties: edge.v1.OpenCompartment.$Shape): edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape;
             *   (properties?: edge.v1.OpenCompartment.$Properties): edge.v1.OpenCompartment;
             * }}
             */
            OpenCompartment.create = function(properties) {
                return new OpenCompartment(properties);
            };

            /**
             * Encodes the specified OpenCompartment message. Does not implicitly {@link edge.v1.OpenCompartment.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {edge.v1.OpenCompartment.$Properties} m OpenCompartment message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenCompartment.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment") && m.compartment !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.compartment);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified OpenCompartment message, length delimited. Does not implicitly {@link edge.v1.OpenCompartment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {edge.v1.OpenCompartment.$Properties} message OpenCompartment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenCompartment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OpenCompartment message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape} OpenCompartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenCompartment.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.OpenCompartment();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.compartment = v;
                            else
                                delete m.compartment;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an OpenCompartment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape} OpenCompartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenCompartment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OpenCompartment message.
             * @function verify
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OpenCompartment.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    if (!$util.isInteger(m.compartment))
                        return "compartment: integer expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates an OpenCompartment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.OpenCompartment} OpenCompartment
             */
            OpenCompartment.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.OpenCompartment)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.OpenCompartment: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.OpenCompartment();
                if (d.compartment != null) {
                    if ($Number(d.compartment) !== 0) {
                        m.compartment = d.compartment >>> 0;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an OpenCompartment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {edge.v1.OpenCompartment} m OpenCompartment
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpenCompartment.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.compartment = 0;
                    d.reason = "";
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    d.compartment = m.compartment;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this OpenCompartment to JSON.
             * @function toJSON
             * @memberof edge.v1.OpenCompartment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpenCompartment.prototype.toJSON = function() {
                return OpenCompartment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OpenCompartment
             * @function getTypeUrl
             * @memberof edge.v1.OpenCompartment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OpenCompartment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.OpenCompartment";
            };

            return OpenCompartment;
        })();

        v1.PriceEntry = (function() {

            /**
             * Properties of a PriceEntry.
             * @typedef {Object} edge.v1.PriceEntry.$Properties
             * @property {string|null} [sku] PriceEntry sku
             * @property {number|null} [unitPriceMinor] PriceEntry unitPriceMinor
             * @property {string|null} [title] PriceEntry title
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PriceEntry.
             * @memberof edge.v1
             * @interface IPriceEntry
             * @augments edge.v1.PriceEntry.$Properties
             * @deprecated Use edge.v1.PriceEntry.$Properties instead.
             */

            /**
             * Shape of a PriceEntry.
             * @typedef {edge.v1.PriceEntry.$Properties} edge.v1.PriceEntry.$Shape
             */

            /**
             * Constructs a new PriceEntry.
             * @memberof edge.v1
             * @classdesc Represents a PriceEntry.
             * @constructor
             * @param {edge.v1.PriceEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PriceEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PriceEntry sku.
             * @member {string} sku
             * @memberof edge.v1.PriceEntry
             * @instance
             */
            PriceEntry.prototype.sku = "";

            /**
             * PriceEntry unitPriceMinor.
             * @member {number} unitPriceMinor
             * @memberof edge.v1.PriceEntry
             * @instance
             */
            PriceEntry.prototype.unitPriceMinor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PriceEntry title.
             * @member {string} title
             * @memberof edge.v1.PriceEntry
             * @instance
             */
            PriceEntry.prototype.title = "";

            /**
             * Creates a new PriceEntry instance using the specified properties.
             * @function create
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {edge.v1.PriceEntry.$Properties=} [properties] Properties to set
             * @returns {edge.v1.PriceEntry} PriceEntry instance
             * @type {{
             *   (properties: edge.v1.PriceEntry.$Shape): edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape;
             *   (properties?: edge.v1.PriceEntry.$Properties): edge.v1.PriceEntry;
             * }}
             */
            PriceEntry.create = function(properties) {
                return new PriceEntry(properties);
            };

            /**
             * Encodes the specified PriceEntry message. Does not implicitly {@link edge.v1.PriceEntry.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {edge.v1.PriceEntry.$Properties} m PriceEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PriceEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku") && m.sku !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sku);
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor") && (typeof m.unitPriceMinor === "object" ? m.unitPriceMinor.low || m.unitPriceMinor.high : m.unitPriceMinor !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.unitPriceMinor);
                if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.title);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PriceEntry message, length delimited. Does not implicitly {@link edge.v1.PriceEntry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {edge.v1.PriceEntry.$Properties} message PriceEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PriceEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PriceEntry message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape} PriceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PriceEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.PriceEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sku = v;
                            else
                                delete m.sku;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.unitPriceMinor = v;
                            else
                                delete m.unitPriceMinor;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.title = v;
                            else
                                delete m.title;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PriceEntry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape} PriceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PriceEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PriceEntry message.
             * @function verify
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PriceEntry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    if (!$util.isString(m.sku))
                        return "sku: string expected";
                }
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor")) {
                    if (!$util.isInteger(m.unitPriceMinor) && !(m.unitPriceMinor && $util.isInteger(m.unitPriceMinor.low) && $util.isInteger(m.unitPriceMinor.high)))
                        return "unitPriceMinor: integer|Long expected";
                }
                if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                    if (!$util.isString(m.title))
                        return "title: string expected";
                }
                return null;
            };

            /**
             * Creates a PriceEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.PriceEntry} PriceEntry
             */
            PriceEntry.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.PriceEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.PriceEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.PriceEntry();
                if (d.sku != null) {
                    if (typeof d.sku !== "string" || d.sku.length) {
                        m.sku = $String(d.sku);
                    }
                }
                if (d.unitPriceMinor != null) {
                    if (typeof d.unitPriceMinor === "object" ? d.unitPriceMinor.low || d.unitPriceMinor.high : $Number(d.unitPriceMinor) !== 0) {
                        if ($util.Long)
                            m.unitPriceMinor = $util.Long.fromValue(d.unitPriceMinor, false);
                        else if (typeof d.unitPriceMinor === "string")
                            m.unitPriceMinor = $parseInt(d.unitPriceMinor, 10);
                        else if (typeof d.unitPriceMinor === "number")
                            m.unitPriceMinor = d.unitPriceMinor;
                        else if (typeof d.unitPriceMinor === "object")
                            m.unitPriceMinor = new $util.LongBits(d.unitPriceMinor.low >>> 0, d.unitPriceMinor.high >>> 0).toNumber();
                    }
                }
                if (d.title != null) {
                    if (typeof d.title !== "string" || d.title.length) {
                        m.title = $String(d.title);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PriceEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {edge.v1.PriceEntry} m PriceEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PriceEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.sku = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.unitPriceMinor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.unitPriceMinor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.title = "";
                }
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    d.sku = m.sku;
                }
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.unitPriceMinor = typeof m.unitPriceMinor === "number" ? $BigInt(m.unitPriceMinor) : $util.Long.fromBits(m.unitPriceMinor.low >>> 0, m.unitPriceMinor.high >>> 0, false).toBigInt();
                    else if (typeof m.unitPriceMinor === "number")
                        d.unitPriceMinor = o.longs === $String ? $String(m.unitPriceMinor) : m.unitPriceMinor;
                    else
                        d.unitPriceMinor = o.longs === $String ? $util.Long.prototype.toString.call(m.unitPriceMinor) : o.longs === $Number ? new $util.LongBits(m.unitPriceMinor.low >>> 0, m.unitPriceMinor.high >>> 0).toNumber() : m.unitPriceMinor;
                }
                if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                    d.title = m.title;
                }
                return d;
            };

            /**
             * Converts this PriceEntry to JSON.
             * @function toJSON
             * @memberof edge.v1.PriceEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PriceEntry.prototype.toJSON = function() {
                return PriceEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PriceEntry
             * @function getTypeUrl
             * @memberof edge.v1.PriceEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PriceEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.PriceEntry";
            };

            return PriceEntry;
        })();

        v1.SetPrices = (function() {

            /**
             * Properties of a SetPrices.
             * @typedef {Object} edge.v1.SetPrices.$Properties
             * @property {string|null} [currency] SetPrices currency
             * @property {Array.<edge.v1.PriceEntry.$Properties>|null} [prices] SetPrices prices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPrices.
             * @memberof edge.v1
             * @interface ISetPrices
             * @augments edge.v1.SetPrices.$Properties
             * @deprecated Use edge.v1.SetPrices.$Properties instead.
             */

            /**
             * Shape of a SetPrices.
             * @typedef {edge.v1.SetPrices.$Properties} edge.v1.SetPrices.$Shape
             */

            /**
             * Constructs a new SetPrices.
             * @memberof edge.v1
             * @classdesc Represents a SetPrices.
             * @constructor
             * @param {edge.v1.SetPrices.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPrices = function (p) {
                this.prices = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetPrices currency.
             * @member {string} currency
             * @memberof edge.v1.SetPrices
             * @instance
             */
            SetPrices.prototype.currency = "";

            /**
             * SetPrices prices.
             * @member {Array.<edge.v1.PriceEntry.$Properties>} prices
             * @memberof edge.v1.SetPrices
             * @instance
             */
            SetPrices.prototype.prices = $util.emptyArray;

            /**
             * Creates a new SetPrices instance using the specified properties.
             * @function create
             * @memberof edge.v1.SetPrices
             * @static
             * @param {edge.v1.SetPrices.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SetPrices} SetPrices instance
             * @type {{
             *   (properties: edge.v1.SetPrices.$Shape): edge.v1.SetPrices & edge.v1.SetPrices.$Shape;
             *   (properties?: edge.v1.SetPrices.$Properties): edge.v1.SetPrices;
             * }}
             */
            SetPrices.create = function(properties) {
                return new SetPrices(properties);
            };

            /**
             * Encodes the specified SetPrices message. Does not implicitly {@link edge.v1.SetPrices.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SetPrices
             * @static
             * @param {edge.v1.SetPrices.$Properties} m SetPrices message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPrices.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency") && m.currency !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.currency);
                if (m.prices != null && m.prices.length) {
                    for (var i = 0; i < m.prices.length; ++i)
                        $root.edge.v1.PriceEntry.encode(m.prices[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetPrices message, length delimited. Does not implicitly {@link edge.v1.SetPrices.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SetPrices
             * @static
             * @param {edge.v1.SetPrices.$Properties} message SetPrices message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPrices.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetPrices message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SetPrices
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SetPrices & edge.v1.SetPrices.$Shape} SetPrices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPrices.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SetPrices();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.currency = v;
                            else
                                delete m.currency;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.prices && m.prices.length))
                                m.prices = [];
                            m.prices.push($root.edge.v1.PriceEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SetPrices message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SetPrices
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SetPrices & edge.v1.SetPrices.$Shape} SetPrices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPrices.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetPrices message.
             * @function verify
             * @memberof edge.v1.SetPrices
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetPrices.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency")) {
                    if (!$util.isString(m.currency))
                        return "currency: string expected";
                }
                if (m.prices != null && $Object.hasOwnProperty.call(m, "prices")) {
                    if (!$Array.isArray(m.prices))
                        return "prices: array expected";
                    for (var i = 0; i < m.prices.length; ++i) {
                        {
                            var e = $root.edge.v1.PriceEntry.verify(m.prices[i], q + 1);
                            if (e)
                                return "prices." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a SetPrices message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SetPrices
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SetPrices} SetPrices
             */
            SetPrices.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SetPrices)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SetPrices: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SetPrices();
                if (d.currency != null) {
                    if (typeof d.currency !== "string" || d.currency.length) {
                        m.currency = $String(d.currency);
                    }
                }
                if (d.prices) {
                    if (!$Array.isArray(d.prices))
                        throw $TypeError(".edge.v1.SetPrices.prices: array expected");
                    m.prices = $Array(d.prices.length);
                    for (var i = 0; i < d.prices.length; ++i) {
                        if (!$util.isObject(d.prices[i]))
                            throw $TypeError(".edge.v1.SetPrices.prices: object expected");
                        m.prices[i] = $root.edge.v1.PriceEntry.fromObject(d.prices[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetPrices message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SetPrices
             * @static
             * @param {edge.v1.SetPrices} m SetPrices
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetPrices.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.prices = [];
                }
                if (o.defaults) {
                    d.currency = "";
                }
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency")) {
                    d.currency = m.currency;
                }
                if (m.prices && m.prices.length) {
                    d.prices = $Array(m.prices.length);
                    for (var j = 0; j < m.prices.length; ++j) {
                        d.prices[j] = $root.edge.v1.PriceEntry.toObject(m.prices[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this SetPrices to JSON.
             * @function toJSON
             * @memberof edge.v1.SetPrices
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetPrices.prototype.toJSON = function() {
                return SetPrices.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetPrices
             * @function getTypeUrl
             * @memberof edge.v1.SetPrices
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetPrices.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SetPrices";
            };

            return SetPrices;
        })();

        v1.SetServiceMode = (function() {

            /**
             * Properties of a SetServiceMode.
             * @typedef {Object} edge.v1.SetServiceMode.$Properties
             * @property {edge.v1.ServiceMode|null} [mode] SetServiceMode mode
             * @property {string|null} [reason] SetServiceMode reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetServiceMode.
             * @memberof edge.v1
             * @interface ISetServiceMode
             * @augments edge.v1.SetServiceMode.$Properties
             * @deprecated Use edge.v1.SetServiceMode.$Properties instead.
             */

            /**
             * Shape of a SetServiceMode.
             * @typedef {edge.v1.SetServiceMode.$Properties} edge.v1.SetServiceMode.$Shape
             */

            /**
             * Constructs a new SetServiceMode.
             * @memberof edge.v1
             * @classdesc Represents a SetServiceMode.
             * @constructor
             * @param {edge.v1.SetServiceMode.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetServiceMode = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetServiceMode mode.
             * @member {edge.v1.ServiceMode} mode
             * @memberof edge.v1.SetServiceMode
             * @instance
             */
            SetServiceMode.prototype.mode = 0;

            /**
             * SetServiceMode reason.
             * @member {string} reason
             * @memberof edge.v1.SetServiceMode
             * @instance
             */
            SetServiceMode.prototype.reason = "";

            /**
             * Creates a new SetServiceMode instance using the specified properties.
             * @function create
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {edge.v1.SetServiceMode.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SetServiceMode} SetServiceMode instance
             * @type {{
             *   (properties: edge.v1.SetServiceMode.$Shape): edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape;
             *   (properties?: edge.v1.SetServiceMode.$Properties): edge.v1.SetServiceMode;
             * }}
             */
            SetServiceMode.create = function(properties) {
                return new SetServiceMode(properties);
            };

            /**
             * Encodes the specified SetServiceMode message. Does not implicitly {@link edge.v1.SetServiceMode.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {edge.v1.SetServiceMode.$Properties} m SetServiceMode message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetServiceMode.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.mode);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetServiceMode message, length delimited. Does not implicitly {@link edge.v1.SetServiceMode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {edge.v1.SetServiceMode.$Properties} message SetServiceMode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetServiceMode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetServiceMode message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape} SetServiceMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetServiceMode.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SetServiceMode();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SetServiceMode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape} SetServiceMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetServiceMode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetServiceMode message.
             * @function verify
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetServiceMode.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (typeof m.mode !== "number" || (m.mode | 0) !== m.mode)
                        return "mode: enum value expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a SetServiceMode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SetServiceMode} SetServiceMode
             */
            SetServiceMode.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SetServiceMode)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SetServiceMode: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SetServiceMode();
                if (d.mode !== 0 && (typeof d.mode !== "string" || $root.edge.v1.ServiceMode[d.mode] !== 0)) {
                    switch (d.mode) {
                    case "SERVICE_MODE_UNSPECIFIED":
                    case 0:
                        m.mode = 0;
                        break;
                    case "SERVICE_MODE_IN_SERVICE":
                    case 1:
                        m.mode = 1;
                        break;
                    case "SERVICE_MODE_OUT_OF_SERVICE":
                    case 2:
                        m.mode = 2;
                        break;
                    case "SERVICE_MODE_MAINTENANCE":
                    case 3:
                        m.mode = 3;
                        break;
                    default:
                        if (typeof d.mode === "number" && (d.mode | 0) === d.mode)
                            m.mode = d.mode;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetServiceMode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {edge.v1.SetServiceMode} m SetServiceMode
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetServiceMode.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.mode = o.enums === $String ? "SERVICE_MODE_UNSPECIFIED" : 0;
                    d.reason = "";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = o.enums === $String ? $root.edge.v1.ServiceMode[m.mode] === $undefined ? m.mode : $root.edge.v1.ServiceMode[m.mode] : m.mode;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this SetServiceMode to JSON.
             * @function toJSON
             * @memberof edge.v1.SetServiceMode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetServiceMode.prototype.toJSON = function() {
                return SetServiceMode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetServiceMode
             * @function getTypeUrl
             * @memberof edge.v1.SetServiceMode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetServiceMode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SetServiceMode";
            };

            return SetServiceMode;
        })();

        v1.Reboot = (function() {

            /**
             * Properties of a Reboot.
             * @typedef {Object} edge.v1.Reboot.$Properties
             * @property {string|null} [reason] Reboot reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reboot.
             * @memberof edge.v1
             * @interface IReboot
             * @augments edge.v1.Reboot.$Properties
             * @deprecated Use edge.v1.Reboot.$Properties instead.
             */

            /**
             * Shape of a Reboot.
             * @typedef {edge.v1.Reboot.$Properties} edge.v1.Reboot.$Shape
             */

            /**
             * Constructs a new Reboot.
             * @memberof edge.v1
             * @classdesc Represents a Reboot.
             * @constructor
             * @param {edge.v1.Reboot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reboot = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reboot reason.
             * @member {string} reason
             * @memberof edge.v1.Reboot
             * @instance
             */
            Reboot.prototype.reason = "";

            /**
             * Creates a new Reboot instance using the specified properties.
             * @function create
             * @memberof edge.v1.Reboot
             * @static
             * @param {edge.v1.Reboot.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Reboot} Reboot instance
             * @type {{
             *   (properties: edge.v1.Reboot.$Shape): edge.v1.Reboot & edge.v1.Reboot.$Shape;
             *   (properties?: edge.v1.Reboot.$Properties): edge.v1.Reboot;
             * }}
             */
            Reboot.create = function(properties) {
                return new Reboot(properties);
            };

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link edge.v1.Reboot.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Reboot
             * @static
             * @param {edge.v1.Reboot.$Properties} m Reboot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reboot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reboot message, length delimited. Does not implicitly {@link edge.v1.Reboot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Reboot
             * @static
             * @param {edge.v1.Reboot.$Properties} message Reboot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reboot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Reboot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Reboot & edge.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reboot.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Reboot();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reboot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Reboot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Reboot & edge.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reboot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reboot message.
             * @function verify
             * @memberof edge.v1.Reboot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reboot.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a Reboot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Reboot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Reboot} Reboot
             */
            Reboot.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Reboot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Reboot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Reboot();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reboot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Reboot
             * @static
             * @param {edge.v1.Reboot} m Reboot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reboot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Reboot to JSON.
             * @function toJSON
             * @memberof edge.v1.Reboot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reboot.prototype.toJSON = function() {
                return Reboot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reboot
             * @function getTypeUrl
             * @memberof edge.v1.Reboot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reboot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Reboot";
            };

            return Reboot;
        })();

        v1.PickupItem = (function() {

            /**
             * Properties of a PickupItem.
             * @typedef {Object} edge.v1.PickupItem.$Properties
             * @property {string|null} [documentRef] PickupItem documentRef
             * @property {number|null} [compartment] PickupItem compartment
             * @property {string|null} [codeSalt] PickupItem codeSalt
             * @property {string|null} [codeHash] PickupItem codeHash
             * @property {number|null} [expiresMs] PickupItem expiresMs
             * @property {string|null} [codeMac] PickupItem codeMac
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PickupItem.
             * @memberof edge.v1
             * @interface IPickupItem
             * @augments edge.v1.PickupItem.$Properties
             * @deprecated Use edge.v1.PickupItem.$Properties instead.
             */

            /**
             * Shape of a PickupItem.
             * @typedef {edge.v1.PickupItem.$Properties} edge.v1.PickupItem.$Shape
             */

            /**
             * Constructs a new PickupItem.
             * @memberof edge.v1
             * @classdesc Represents a PickupItem.
             * @constructor
             * @param {edge.v1.PickupItem.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PickupItem = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PickupItem documentRef.
             * @member {string} documentRef
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.documentRef = "";

            /**
             * PickupItem compartment.
             * @member {number} compartment
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.compartment = 0;

            /**
             * PickupItem codeSalt.
             * @member {string} codeSalt
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.codeSalt = "";

            /**
             * PickupItem codeHash.
             * @member {string} codeHash
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.codeHash = "";

            /**
             * PickupItem expiresMs.
             * @member {number} expiresMs
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PickupItem codeMac.
             * @member {string} codeMac
             * @memberof edge.v1.PickupItem
             * @instance
             */
            PickupItem.prototype.codeMac = "";

            /**
             * Creates a new PickupItem instance using the specified properties.
             * @function create
             * @memberof edge.v1.PickupItem
             * @static
             * @param {edge.v1.PickupItem.$Properties=} [properties] Properties to set
             * @returns {edge.v1.PickupItem} PickupItem instance
             * @type {{
             *   (properties: edge.v1.PickupItem.$Shape): edge.v1.PickupItem & edge.v1.PickupItem.$Shape;
             *   (properties?: edge.v1.PickupItem.$Properties): edge.v1.PickupItem;
             * }}
             */
            PickupItem.create = function(properties) {
                return new PickupItem(properties);
            };

            /**
             * Encodes the specified PickupItem message. Does not implicitly {@link edge.v1.PickupItem.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.PickupItem
             * @static
             * @param {edge.v1.PickupItem.$Properties} m PickupItem message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PickupItem.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef") && m.documentRef !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.documentRef);
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment") && m.compartment !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.compartment);
                if (m.codeSalt != null && $Object.hasOwnProperty.call(m, "codeSalt") && m.codeSalt !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.codeSalt);
                if (m.codeHash != null && $Object.hasOwnProperty.call(m, "codeHash") && m.codeHash !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.codeHash);
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && (typeof m.expiresMs === "object" ? m.expiresMs.low || m.expiresMs.high : m.expiresMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.expiresMs);
                if (m.codeMac != null && $Object.hasOwnProperty.call(m, "codeMac") && m.codeMac !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.codeMac);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PickupItem message, length delimited. Does not implicitly {@link edge.v1.PickupItem.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.PickupItem
             * @static
             * @param {edge.v1.PickupItem.$Properties} message PickupItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PickupItem.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PickupItem message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.PickupItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.PickupItem & edge.v1.PickupItem.$Shape} PickupItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PickupItem.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.PickupItem();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.documentRef = v;
                            else
                                delete m.documentRef;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.compartment = v;
                            else
                                delete m.compartment;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.codeSalt = v;
                            else
                                delete m.codeSalt;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.codeHash = v;
                            else
                                delete m.codeHash;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.expiresMs = v;
                            else
                                delete m.expiresMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.codeMac = v;
                            else
                                delete m.codeMac;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PickupItem message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.PickupItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.PickupItem & edge.v1.PickupItem.$Shape} PickupItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PickupItem.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PickupItem message.
             * @function verify
             * @memberof edge.v1.PickupItem
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PickupItem.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    if (!$util.isString(m.documentRef))
                        return "documentRef: string expected";
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    if (!$util.isInteger(m.compartment))
                        return "compartment: integer expected";
                }
                if (m.codeSalt != null && $Object.hasOwnProperty.call(m, "codeSalt")) {
                    if (!$util.isString(m.codeSalt))
                        return "codeSalt: string expected";
                }
                if (m.codeHash != null && $Object.hasOwnProperty.call(m, "codeHash")) {
                    if (!$util.isString(m.codeHash))
                        return "codeHash: string expected";
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    if (!$util.isInteger(m.expiresMs) && !(m.expiresMs && $util.isInteger(m.expiresMs.low) && $util.isInteger(m.expiresMs.high)))
                        return "expiresMs: integer|Long expected";
                }
                if (m.codeMac != null && $Object.hasOwnProperty.call(m, "codeMac")) {
                    if (!$util.isString(m.codeMac))
                        return "codeMac: string expected";
                }
                return null;
            };

            /**
             * Creates a PickupItem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.PickupItem
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.PickupItem} PickupItem
             */
            PickupItem.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.PickupItem)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.PickupItem: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.PickupItem();
                if (d.documentRef != null) {
                    if (typeof d.documentRef !== "string" || d.documentRef.length) {
                        m.documentRef = $String(d.documentRef);
                    }
                }
                if (d.compartment != null) {
                    if ($Number(d.compartment) !== 0) {
                        m.compartment = d.compartment >>> 0;
                    }
                }
                if (d.codeSalt != null) {
                    if (typeof d.codeSalt !== "string" || d.codeSalt.length) {
                        m.codeSalt = $String(d.codeSalt);
                    }
                }
                if (d.codeHash != null) {
                    if (typeof d.codeHash !== "string" || d.codeHash.length) {
                        m.codeHash = $String(d.codeHash);
                    }
                }
                if (d.expiresMs != null) {
                    if (typeof d.expiresMs === "object" ? d.expiresMs.low || d.expiresMs.high : $Number(d.expiresMs) !== 0) {
                        if ($util.Long)
                            m.expiresMs = $util.Long.fromValue(d.expiresMs, false);
                        else if (typeof d.expiresMs === "string")
                            m.expiresMs = $parseInt(d.expiresMs, 10);
                        else if (typeof d.expiresMs === "number")
                            m.expiresMs = d.expiresMs;
                        else if (typeof d.expiresMs === "object")
                            m.expiresMs = new $util.LongBits(d.expiresMs.low >>> 0, d.expiresMs.high >>> 0).toNumber();
                    }
                }
                if (d.codeMac != null) {
                    if (typeof d.codeMac !== "string" || d.codeMac.length) {
                        m.codeMac = $String(d.codeMac);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PickupItem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.PickupItem
             * @static
             * @param {edge.v1.PickupItem} m PickupItem
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PickupItem.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.documentRef = "";
                    d.compartment = 0;
                    d.codeSalt = "";
                    d.codeHash = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.expiresMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expiresMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.codeMac = "";
                }
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    d.documentRef = m.documentRef;
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    d.compartment = m.compartment;
                }
                if (m.codeSalt != null && $Object.hasOwnProperty.call(m, "codeSalt")) {
                    d.codeSalt = m.codeSalt;
                }
                if (m.codeHash != null && $Object.hasOwnProperty.call(m, "codeHash")) {
                    d.codeHash = m.codeHash;
                }
                if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expiresMs = typeof m.expiresMs === "number" ? $BigInt(m.expiresMs) : $util.Long.fromBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0, false).toBigInt();
                    else if (typeof m.expiresMs === "number")
                        d.expiresMs = o.longs === $String ? $String(m.expiresMs) : m.expiresMs;
                    else
                        d.expiresMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresMs) : o.longs === $Number ? new $util.LongBits(m.expiresMs.low >>> 0, m.expiresMs.high >>> 0).toNumber() : m.expiresMs;
                }
                if (m.codeMac != null && $Object.hasOwnProperty.call(m, "codeMac")) {
                    d.codeMac = m.codeMac;
                }
                return d;
            };

            /**
             * Converts this PickupItem to JSON.
             * @function toJSON
             * @memberof edge.v1.PickupItem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PickupItem.prototype.toJSON = function() {
                return PickupItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PickupItem
             * @function getTypeUrl
             * @memberof edge.v1.PickupItem
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PickupItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.PickupItem";
            };

            return PickupItem;
        })();

        v1.RefreshPickupList = (function() {

            /**
             * Properties of a RefreshPickupList.
             * @typedef {Object} edge.v1.RefreshPickupList.$Properties
             * @property {Array.<edge.v1.PickupItem.$Properties>|null} [items] RefreshPickupList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RefreshPickupList.
             * @memberof edge.v1
             * @interface IRefreshPickupList
             * @augments edge.v1.RefreshPickupList.$Properties
             * @deprecated Use edge.v1.RefreshPickupList.$Properties instead.
             */

            /**
             * Shape of a RefreshPickupList.
             * @typedef {edge.v1.RefreshPickupList.$Properties} edge.v1.RefreshPickupList.$Shape
             */

            /**
             * Constructs a new RefreshPickupList.
             * @memberof edge.v1
             * @classdesc Represents a RefreshPickupList.
             * @constructor
             * @param {edge.v1.RefreshPickupList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RefreshPickupList = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RefreshPickupList items.
             * @member {Array.<edge.v1.PickupItem.$Properties>} items
             * @memberof edge.v1.RefreshPickupList
             * @instance
             */
            RefreshPickupList.prototype.items = $util.emptyArray;

            /**
             * Creates a new RefreshPickupList instance using the specified properties.
             * @function create
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {edge.v1.RefreshPickupList.$Properties=} [properties] Properties to set
             * @returns {edge.v1.RefreshPickupList} RefreshPickupList instance
             * @type {{
             *   (properties: edge.v1.RefreshPickupList.$Shape): edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape;
             *   (properties?: edge.v1.RefreshPickupList.$Properties): edge.v1.RefreshPickupList;
             * }}
             */
            RefreshPickupList.create = function(properties) {
                return new RefreshPickupList(properties);
            };

            /**
             * Encodes the specified RefreshPickupList message. Does not implicitly {@link edge.v1.RefreshPickupList.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {edge.v1.RefreshPickupList.$Properties} m RefreshPickupList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshPickupList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.edge.v1.PickupItem.encode(m.items[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RefreshPickupList message, length delimited. Does not implicitly {@link edge.v1.RefreshPickupList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {edge.v1.RefreshPickupList.$Properties} message RefreshPickupList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshPickupList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RefreshPickupList message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape} RefreshPickupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshPickupList.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.RefreshPickupList();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.edge.v1.PickupItem.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a RefreshPickupList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape} RefreshPickupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshPickupList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RefreshPickupList message.
             * @function verify
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RefreshPickupList.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.items != null && $Object.hasOwnProperty.call(m, "items")) {
                    if (!$Array.isArray(m.items))
                        return "items: array expected";
                    for (var i = 0; i < m.items.length; ++i) {
                        {
                            var e = $root.edge.v1.PickupItem.verify(m.items[i], q + 1);
                            if (e)
                                return "items." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a RefreshPickupList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.RefreshPickupList} RefreshPickupList
             */
            RefreshPickupList.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.RefreshPickupList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.RefreshPickupList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.RefreshPickupList();
                if (d.items) {
                    if (!$Array.isArray(d.items))
                        throw $TypeError(".edge.v1.RefreshPickupList.items: array expected");
                    m.items = $Array(d.items.length);
                    for (var i = 0; i < d.items.length; ++i) {
                        if (!$util.isObject(d.items[i]))
                            throw $TypeError(".edge.v1.RefreshPickupList.items: object expected");
                        m.items[i] = $root.edge.v1.PickupItem.fromObject(d.items[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RefreshPickupList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {edge.v1.RefreshPickupList} m RefreshPickupList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RefreshPickupList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.items = [];
                }
                if (m.items && m.items.length) {
                    d.items = $Array(m.items.length);
                    for (var j = 0; j < m.items.length; ++j) {
                        d.items[j] = $root.edge.v1.PickupItem.toObject(m.items[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this RefreshPickupList to JSON.
             * @function toJSON
             * @memberof edge.v1.RefreshPickupList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RefreshPickupList.prototype.toJSON = function() {
                return RefreshPickupList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RefreshPickupList
             * @function getTypeUrl
             * @memberof edge.v1.RefreshPickupList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RefreshPickupList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.RefreshPickupList";
            };

            return RefreshPickupList;
        })();

        v1.RequestState = (function() {

            /**
             * Properties of a RequestState.
             * @typedef {Object} edge.v1.RequestState.$Properties
             * @property {boolean|null} [rebirth] RequestState rebirth
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestState.
             * @memberof edge.v1
             * @interface IRequestState
             * @augments edge.v1.RequestState.$Properties
             * @deprecated Use edge.v1.RequestState.$Properties instead.
             */

            /**
             * Shape of a RequestState.
             * @typedef {edge.v1.RequestState.$Properties} edge.v1.RequestState.$Shape
             */

            /**
             * Constructs a new RequestState.
             * @memberof edge.v1
             * @classdesc Represents a RequestState.
             * @constructor
             * @param {edge.v1.RequestState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestState = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RequestState rebirth.
             * @member {boolean} rebirth
             * @memberof edge.v1.RequestState
             * @instance
             */
            RequestState.prototype.rebirth = false;

            /**
             * Creates a new RequestState instance using the specified properties.
             * @function create
             * @memberof edge.v1.RequestState
             * @static
             * @param {edge.v1.RequestState.$Properties=} [properties] Properties to set
             * @returns {edge.v1.RequestState} RequestState instance
             * @type {{
             *   (properties: edge.v1.RequestState.$Shape): edge.v1.RequestState & edge.v1.RequestState.$Shape;
             *   (properties?: edge.v1.RequestState.$Properties): edge.v1.RequestState;
             * }}
             */
            RequestState.create = function(properties) {
                return new RequestState(properties);
            };

            /**
             * Encodes the specified RequestState message. Does not implicitly {@link edge.v1.RequestState.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.RequestState
             * @static
             * @param {edge.v1.RequestState.$Properties} m RequestState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.rebirth != null && $Object.hasOwnProperty.call(m, "rebirth") && m.rebirth !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.rebirth);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RequestState message, length delimited. Does not implicitly {@link edge.v1.RequestState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.RequestState
             * @static
             * @param {edge.v1.RequestState.$Properties} message RequestState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequestState message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.RequestState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.RequestState & edge.v1.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.RequestState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.rebirth = v;
                            else
                                delete m.rebirth;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a RequestState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.RequestState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.RequestState & edge.v1.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequestState message.
             * @function verify
             * @memberof edge.v1.RequestState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.rebirth != null && $Object.hasOwnProperty.call(m, "rebirth")) {
                    if (typeof m.rebirth !== "boolean")
                        return "rebirth: boolean expected";
                }
                return null;
            };

            /**
             * Creates a RequestState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.RequestState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.RequestState} RequestState
             */
            RequestState.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.RequestState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.RequestState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.RequestState();
                if (d.rebirth != null) {
                    if (d.rebirth) {
                        m.rebirth = $Boolean(d.rebirth);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RequestState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.RequestState
             * @static
             * @param {edge.v1.RequestState} m RequestState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.rebirth = false;
                }
                if (m.rebirth != null && $Object.hasOwnProperty.call(m, "rebirth")) {
                    d.rebirth = m.rebirth;
                }
                return d;
            };

            /**
             * Converts this RequestState to JSON.
             * @function toJSON
             * @memberof edge.v1.RequestState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestState.prototype.toJSON = function() {
                return RequestState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestState
             * @function getTypeUrl
             * @memberof edge.v1.RequestState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.RequestState";
            };

            return RequestState;
        })();

        /**
         * CommandState enum.
         * @name edge.v1.CommandState
         * @enum {number}
         * @property {number} COMMAND_STATE_UNSPECIFIED=0 COMMAND_STATE_UNSPECIFIED value
         * @property {number} COMMAND_STATE_RECEIVED=1 COMMAND_STATE_RECEIVED value
         * @property {number} COMMAND_STATE_DELIVERED=2 COMMAND_STATE_DELIVERED value
         * @property {number} COMMAND_STATE_SUCCEEDED=3 COMMAND_STATE_SUCCEEDED value
         * @property {number} COMMAND_STATE_FAILED=4 COMMAND_STATE_FAILED value
         * @property {number} COMMAND_STATE_EXPIRED=5 COMMAND_STATE_EXPIRED value
         * @property {number} COMMAND_STATE_REJECTED=6 COMMAND_STATE_REJECTED value
         */
        v1.CommandState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_STATE_RECEIVED"] = 1;
            values[valuesById[2] = "COMMAND_STATE_DELIVERED"] = 2;
            values[valuesById[3] = "COMMAND_STATE_SUCCEEDED"] = 3;
            values[valuesById[4] = "COMMAND_STATE_FAILED"] = 4;
            values[valuesById[5] = "COMMAND_STATE_EXPIRED"] = 5;
            values[valuesById[6] = "COMMAND_STATE_REJECTED"] = 6;
            return values;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} edge.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {edge.v1.CommandState|null} [state] CommandResult state
             * @property {string|null} [reason] CommandResult reason
             * @property {string|null} [deviceId] CommandResult deviceId
             * @property {number|null} [timeMs] CommandResult timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof edge.v1
             * @interface ICommandResult
             * @augments edge.v1.CommandResult.$Properties
             * @deprecated Use edge.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {edge.v1.CommandResult.$Properties} edge.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof edge.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {edge.v1.CommandResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof edge.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult state.
             * @member {edge.v1.CommandState} state
             * @memberof edge.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.state = 0;

            /**
             * CommandResult reason.
             * @member {string} reason
             * @memberof edge.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.reason = "";

            /**
             * CommandResult deviceId.
             * @member {string} deviceId
             * @memberof edge.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.deviceId = "";

            /**
             * CommandResult timeMs.
             * @member {number} timeMs
             * @memberof edge.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof edge.v1.CommandResult
             * @static
             * @param {edge.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {edge.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: edge.v1.CommandResult.$Shape): edge.v1.CommandResult & edge.v1.CommandResult.$Shape;
             *   (properties?: edge.v1.CommandResult.$Properties): edge.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link edge.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.CommandResult
             * @static
             * @param {edge.v1.CommandResult.$Properties} m CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.deviceId);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.timeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link edge.v1.CommandResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.CommandResult
             * @static
             * @param {edge.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.CommandResult & edge.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.CommandResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.CommandResult & edge.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandResult message.
             * @function verify
             * @memberof edge.v1.CommandResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.CommandResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.CommandResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.CommandResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.CommandResult();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.edge.v1.CommandState[d.state] !== 0)) {
                    switch (d.state) {
                    case "COMMAND_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "COMMAND_STATE_RECEIVED":
                    case 1:
                        m.state = 1;
                        break;
                    case "COMMAND_STATE_DELIVERED":
                    case 2:
                        m.state = 2;
                        break;
                    case "COMMAND_STATE_SUCCEEDED":
                    case 3:
                        m.state = 3;
                        break;
                    case "COMMAND_STATE_FAILED":
                    case 4:
                        m.state = 4;
                        break;
                    case "COMMAND_STATE_EXPIRED":
                    case 5:
                        m.state = 5;
                        break;
                    case "COMMAND_STATE_REJECTED":
                    case 6:
                        m.state = 6;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.CommandResult
             * @static
             * @param {edge.v1.CommandResult} m CommandResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.commandId = "";
                    d.state = o.enums === $String ? "COMMAND_STATE_UNSPECIFIED" : 0;
                    d.reason = "";
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.edge.v1.CommandState[m.state] === $undefined ? m.state : $root.edge.v1.CommandState[m.state] : m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                return d;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof edge.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof edge.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.Money = (function() {

            /**
             * Properties of a Money.
             * @typedef {Object} edge.v1.Money.$Properties
             * @property {number|null} [amountMinor] Money amountMinor
             * @property {string|null} [currency] Money currency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Money.
             * @memberof edge.v1
             * @interface IMoney
             * @augments edge.v1.Money.$Properties
             * @deprecated Use edge.v1.Money.$Properties instead.
             */

            /**
             * Shape of a Money.
             * @typedef {edge.v1.Money.$Properties} edge.v1.Money.$Shape
             */

            /**
             * Constructs a new Money.
             * @memberof edge.v1
             * @classdesc Represents a Money.
             * @constructor
             * @param {edge.v1.Money.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Money = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Money amountMinor.
             * @member {number} amountMinor
             * @memberof edge.v1.Money
             * @instance
             */
            Money.prototype.amountMinor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Money currency.
             * @member {string} currency
             * @memberof edge.v1.Money
             * @instance
             */
            Money.prototype.currency = "";

            /**
             * Creates a new Money instance using the specified properties.
             * @function create
             * @memberof edge.v1.Money
             * @static
             * @param {edge.v1.Money.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Money} Money instance
             * @type {{
             *   (properties: edge.v1.Money.$Shape): edge.v1.Money & edge.v1.Money.$Shape;
             *   (properties?: edge.v1.Money.$Properties): edge.v1.Money;
             * }}
             */
            Money.create = function(properties) {
                return new Money(properties);
            };

            /**
             * Encodes the specified Money message. Does not implicitly {@link edge.v1.Money.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Money
             * @static
             * @param {edge.v1.Money.$Properties} m Money message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Money.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.amountMinor != null && $Object.hasOwnProperty.call(m, "amountMinor") && (typeof m.amountMinor === "object" ? m.amountMinor.low || m.amountMinor.high : m.amountMinor !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.amountMinor);
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency") && m.currency !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.currency);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Money message, length delimited. Does not implicitly {@link edge.v1.Money.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Money
             * @static
             * @param {edge.v1.Money.$Properties} message Money message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Money.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Money message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Money
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Money & edge.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Money.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Money();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.amountMinor = v;
                            else
                                delete m.amountMinor;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.currency = v;
                            else
                                delete m.currency;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Money message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Money
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Money & edge.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Money.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Money message.
             * @function verify
             * @memberof edge.v1.Money
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Money.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.amountMinor != null && $Object.hasOwnProperty.call(m, "amountMinor")) {
                    if (!$util.isInteger(m.amountMinor) && !(m.amountMinor && $util.isInteger(m.amountMinor.low) && $util.isInteger(m.amountMinor.high)))
                        return "amountMinor: integer|Long expected";
                }
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency")) {
                    if (!$util.isString(m.currency))
                        return "currency: string expected";
                }
                return null;
            };

            /**
             * Creates a Money message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Money
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Money} Money
             */
            Money.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Money)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Money: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Money();
                if (d.amountMinor != null) {
                    if (typeof d.amountMinor === "object" ? d.amountMinor.low || d.amountMinor.high : $Number(d.amountMinor) !== 0) {
                        if ($util.Long)
                            m.amountMinor = $util.Long.fromValue(d.amountMinor, false);
                        else if (typeof d.amountMinor === "string")
                            m.amountMinor = $parseInt(d.amountMinor, 10);
                        else if (typeof d.amountMinor === "number")
                            m.amountMinor = d.amountMinor;
                        else if (typeof d.amountMinor === "object")
                            m.amountMinor = new $util.LongBits(d.amountMinor.low >>> 0, d.amountMinor.high >>> 0).toNumber();
                    }
                }
                if (d.currency != null) {
                    if (typeof d.currency !== "string" || d.currency.length) {
                        m.currency = $String(d.currency);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Money message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Money
             * @static
             * @param {edge.v1.Money} m Money
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Money.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.amountMinor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.amountMinor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.currency = "";
                }
                if (m.amountMinor != null && $Object.hasOwnProperty.call(m, "amountMinor")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.amountMinor = typeof m.amountMinor === "number" ? $BigInt(m.amountMinor) : $util.Long.fromBits(m.amountMinor.low >>> 0, m.amountMinor.high >>> 0, false).toBigInt();
                    else if (typeof m.amountMinor === "number")
                        d.amountMinor = o.longs === $String ? $String(m.amountMinor) : m.amountMinor;
                    else
                        d.amountMinor = o.longs === $String ? $util.Long.prototype.toString.call(m.amountMinor) : o.longs === $Number ? new $util.LongBits(m.amountMinor.low >>> 0, m.amountMinor.high >>> 0).toNumber() : m.amountMinor;
                }
                if (m.currency != null && $Object.hasOwnProperty.call(m, "currency")) {
                    d.currency = m.currency;
                }
                return d;
            };

            /**
             * Converts this Money to JSON.
             * @function toJSON
             * @memberof edge.v1.Money
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Money.prototype.toJSON = function() {
                return Money.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Money
             * @function getTypeUrl
             * @memberof edge.v1.Money
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Money.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Money";
            };

            return Money;
        })();

        v1.Transaction = (function() {

            /**
             * Properties of a Transaction.
             * @typedef {Object} edge.v1.Transaction.$Properties
             * @property {edge.v1.TellerService.$Properties|null} [teller] Transaction teller
             * @property {edge.v1.VendingSale.$Properties|null} [sale] Transaction sale
             * @property {edge.v1.LockerAction.$Properties|null} [locker] Transaction locker
             * @property {"teller"|"sale"|"locker"} [kind] Transaction kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Transaction.
             * @memberof edge.v1
             * @interface ITransaction
             * @augments edge.v1.Transaction.$Properties
             * @deprecated Use edge.v1.Transaction.$Properties instead.
             */

            /**
             * Narrowed shape of a Transaction.
             * @typedef {{
             *   teller?: edge.v1.TellerService.$Shape|null;
             *   sale?: edge.v1.VendingSale.$Shape|null;
             *   locker?: edge.v1.LockerAction.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; teller?: null; sale?: null; locker?: null }|{ kind?: "teller"; teller: edge.v1.TellerService.$Shape; sale?: null; locker?: null }|{ kind?: "sale"; teller?: null; sale: edge.v1.VendingSale.$Shape; locker?: null }|{ kind?: "locker"; teller?: null; sale?: null; locker: edge.v1.LockerAction.$Shape })
             * )} edge.v1.Transaction.$Shape
             */

            /**
             * Constructs a new Transaction.
             * @memberof edge.v1
             * @classdesc Represents a Transaction.
             * @constructor
             * @param {edge.v1.Transaction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Transaction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Transaction teller.
             * @member {edge.v1.TellerService.$Properties|null|undefined} teller
             * @memberof edge.v1.Transaction
             * @instance
             */
            Transaction.prototype.teller = null;

            /**
             * Transaction sale.
             * @member {edge.v1.VendingSale.$Properties|null|undefined} sale
             * @memberof edge.v1.Transaction
             * @instance
             */
            Transaction.prototype.sale = null;

            /**
             * Transaction locker.
             * @member {edge.v1.LockerAction.$Properties|null|undefined} locker
             * @memberof edge.v1.Transaction
             * @instance
             */
            Transaction.prototype.locker = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Transaction kind.
             * @member {"teller"|"sale"|"locker"|undefined} kind
             * @memberof edge.v1.Transaction
             * @instance
             */
            $Object.defineProperty(Transaction.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["teller", "sale", "locker"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Transaction instance using the specified properties.
             * @function create
             * @memberof edge.v1.Transaction
             * @static
             * @param {edge.v1.Transaction.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Transaction} Transaction instance
             * @type {{
             *   (properties: edge.v1.Transaction.$Shape): edge.v1.Transaction & edge.v1.Transaction.$Shape;
             *   (properties?: edge.v1.Transaction.$Properties): edge.v1.Transaction;
             * }}
             */
            Transaction.create = function(properties) {
                return new Transaction(properties);
            };

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link edge.v1.Transaction.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Transaction
             * @static
             * @param {edge.v1.Transaction.$Properties} m Transaction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transaction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.teller != null && $Object.hasOwnProperty.call(m, "teller"))
                    $root.edge.v1.TellerService.encode(m.teller, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.sale != null && $Object.hasOwnProperty.call(m, "sale"))
                    $root.edge.v1.VendingSale.encode(m.sale, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.locker != null && $Object.hasOwnProperty.call(m, "locker"))
                    $root.edge.v1.LockerAction.encode(m.locker, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Transaction message, length delimited. Does not implicitly {@link edge.v1.Transaction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Transaction
             * @static
             * @param {edge.v1.Transaction.$Properties} message Transaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Transaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Transaction & edge.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transaction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Transaction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.teller = $root.edge.v1.TellerService.decode(r, r.size(), $undefined, q + 1, m.teller);
                            m.kind = "teller";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.sale = $root.edge.v1.VendingSale.decode(r, r.size(), $undefined, q + 1, m.sale);
                            m.kind = "sale";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.locker = $root.edge.v1.LockerAction.decode(r, r.size(), $undefined, q + 1, m.locker);
                            m.kind = "locker";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Transaction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Transaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Transaction & edge.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Transaction message.
             * @function verify
             * @memberof edge.v1.Transaction
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Transaction.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.teller != null && $Object.hasOwnProperty.call(m, "teller")) {
                    p.kind = 1;
                    {
                        var e = $root.edge.v1.TellerService.verify(m.teller, q + 1);
                        if (e)
                            return "teller." + e;
                    }
                }
                if (m.sale != null && $Object.hasOwnProperty.call(m, "sale")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.edge.v1.VendingSale.verify(m.sale, q + 1);
                        if (e)
                            return "sale." + e;
                    }
                }
                if (m.locker != null && $Object.hasOwnProperty.call(m, "locker")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.edge.v1.LockerAction.verify(m.locker, q + 1);
                        if (e)
                            return "locker." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Transaction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Transaction
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Transaction} Transaction
             */
            Transaction.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Transaction)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Transaction: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Transaction();
                if (d.teller != null) {
                    if (!$util.isObject(d.teller))
                        throw $TypeError(".edge.v1.Transaction.teller: object expected");
                    m.teller = $root.edge.v1.TellerService.fromObject(d.teller, q + 1);
                }
                if (d.sale != null) {
                    if (!$util.isObject(d.sale))
                        throw $TypeError(".edge.v1.Transaction.sale: object expected");
                    m.sale = $root.edge.v1.VendingSale.fromObject(d.sale, q + 1);
                }
                if (d.locker != null) {
                    if (!$util.isObject(d.locker))
                        throw $TypeError(".edge.v1.Transaction.locker: object expected");
                    m.locker = $root.edge.v1.LockerAction.fromObject(d.locker, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Transaction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Transaction
             * @static
             * @param {edge.v1.Transaction} m Transaction
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Transaction.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.teller != null && $Object.hasOwnProperty.call(m, "teller")) {
                    d.teller = $root.edge.v1.TellerService.toObject(m.teller, o, q + 1);
                    if (o.oneofs)
                        d.kind = "teller";
                }
                if (m.sale != null && $Object.hasOwnProperty.call(m, "sale")) {
                    d.sale = $root.edge.v1.VendingSale.toObject(m.sale, o, q + 1);
                    if (o.oneofs)
                        d.kind = "sale";
                }
                if (m.locker != null && $Object.hasOwnProperty.call(m, "locker")) {
                    d.locker = $root.edge.v1.LockerAction.toObject(m.locker, o, q + 1);
                    if (o.oneofs)
                        d.kind = "locker";
                }
                return d;
            };

            /**
             * Converts this Transaction to JSON.
             * @function toJSON
             * @memberof edge.v1.Transaction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Transaction.prototype.toJSON = function() {
                return Transaction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Transaction
             * @function getTypeUrl
             * @memberof edge.v1.Transaction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Transaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Transaction";
            };

            return Transaction;
        })();

        /**
         * ServiceOutcome enum.
         * @name edge.v1.ServiceOutcome
         * @enum {number}
         * @property {number} SERVICE_OUTCOME_UNSPECIFIED=0 SERVICE_OUTCOME_UNSPECIFIED value
         * @property {number} SERVICE_OUTCOME_COMPLETED=1 SERVICE_OUTCOME_COMPLETED value
         * @property {number} SERVICE_OUTCOME_CANCELLED=2 SERVICE_OUTCOME_CANCELLED value
         * @property {number} SERVICE_OUTCOME_FAILED=3 SERVICE_OUTCOME_FAILED value
         * @property {number} SERVICE_OUTCOME_REFERRED=4 SERVICE_OUTCOME_REFERRED value
         */
        v1.ServiceOutcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERVICE_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SERVICE_OUTCOME_COMPLETED"] = 1;
            values[valuesById[2] = "SERVICE_OUTCOME_CANCELLED"] = 2;
            values[valuesById[3] = "SERVICE_OUTCOME_FAILED"] = 3;
            values[valuesById[4] = "SERVICE_OUTCOME_REFERRED"] = 4;
            return values;
        })();

        /**
         * IdentityMethod enum.
         * @name edge.v1.IdentityMethod
         * @enum {number}
         * @property {number} IDENTITY_METHOD_UNSPECIFIED=0 IDENTITY_METHOD_UNSPECIFIED value
         * @property {number} IDENTITY_METHOD_ID_CARD=1 IDENTITY_METHOD_ID_CARD value
         * @property {number} IDENTITY_METHOD_QR_DIGITAL_ID=2 IDENTITY_METHOD_QR_DIGITAL_ID value
         * @property {number} IDENTITY_METHOD_FACE=3 IDENTITY_METHOD_FACE value
         * @property {number} IDENTITY_METHOD_FINGERPRINT=4 IDENTITY_METHOD_FINGERPRINT value
         * @property {number} IDENTITY_METHOD_PICKUP_CODE=5 IDENTITY_METHOD_PICKUP_CODE value
         * @property {number} IDENTITY_METHOD_STAFF_BADGE=6 IDENTITY_METHOD_STAFF_BADGE value
         * @property {number} IDENTITY_METHOD_NONE=7 IDENTITY_METHOD_NONE value
         */
        v1.IdentityMethod = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "IDENTITY_METHOD_UNSPECIFIED"] = 0;
            values[valuesById[1] = "IDENTITY_METHOD_ID_CARD"] = 1;
            values[valuesById[2] = "IDENTITY_METHOD_QR_DIGITAL_ID"] = 2;
            values[valuesById[3] = "IDENTITY_METHOD_FACE"] = 3;
            values[valuesById[4] = "IDENTITY_METHOD_FINGERPRINT"] = 4;
            values[valuesById[5] = "IDENTITY_METHOD_PICKUP_CODE"] = 5;
            values[valuesById[6] = "IDENTITY_METHOD_STAFF_BADGE"] = 6;
            values[valuesById[7] = "IDENTITY_METHOD_NONE"] = 7;
            return values;
        })();

        v1.TellerService = (function() {

            /**
             * Properties of a TellerService.
             * @typedef {Object} edge.v1.TellerService.$Properties
             * @property {string|null} [serviceCode] TellerService serviceCode
             * @property {string|null} [department] TellerService department
             * @property {edge.v1.ServiceOutcome|null} [outcome] TellerService outcome
             * @property {edge.v1.Money.$Properties|null} [fee] TellerService fee
             * @property {number|null} [durationS] TellerService durationS
             * @property {boolean|null} [documentPrinted] TellerService documentPrinted
             * @property {edge.v1.IdentityMethod|null} [identity] TellerService identity
             * @property {string|null} [citizenRef] TellerService citizenRef
             * @property {string|null} [failureCode] TellerService failureCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TellerService.
             * @memberof edge.v1
             * @interface ITellerService
             * @augments edge.v1.TellerService.$Properties
             * @deprecated Use edge.v1.TellerService.$Properties instead.
             */

            /**
             * Shape of a TellerService.
             * @typedef {edge.v1.TellerService.$Properties} edge.v1.TellerService.$Shape
             */

            /**
             * Constructs a new TellerService.
             * @memberof edge.v1
             * @classdesc Represents a TellerService.
             * @constructor
             * @param {edge.v1.TellerService.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TellerService = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TellerService serviceCode.
             * @member {string} serviceCode
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.serviceCode = "";

            /**
             * TellerService department.
             * @member {string} department
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.department = "";

            /**
             * TellerService outcome.
             * @member {edge.v1.ServiceOutcome} outcome
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.outcome = 0;

            /**
             * TellerService fee.
             * @member {edge.v1.Money.$Properties|null|undefined} fee
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.fee = null;

            /**
             * TellerService durationS.
             * @member {number} durationS
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.durationS = 0;

            /**
             * TellerService documentPrinted.
             * @member {boolean} documentPrinted
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.documentPrinted = false;

            /**
             * TellerService identity.
             * @member {edge.v1.IdentityMethod} identity
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.identity = 0;

            /**
             * TellerService citizenRef.
             * @member {string} citizenRef
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.citizenRef = "";

            /**
             * TellerService failureCode.
             * @member {string} failureCode
             * @memberof edge.v1.TellerService
             * @instance
             */
            TellerService.prototype.failureCode = "";

            /**
             * Creates a new TellerService instance using the specified properties.
             * @function create
             * @memberof edge.v1.TellerService
             * @static
             * @param {edge.v1.TellerService.$Properties=} [properties] Properties to set
             * @returns {edge.v1.TellerService} TellerService instance
             * @type {{
             *   (properties: edge.v1.TellerService.$Shape): edge.v1.TellerService & edge.v1.TellerService.$Shape;
             *   (properties?: edge.v1.TellerService.$Properties): edge.v1.TellerService;
             * }}
             */
            TellerService.create = function(properties) {
                return new TellerService(properties);
            };

            /**
             * Encodes the specified TellerService message. Does not implicitly {@link edge.v1.TellerService.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.TellerService
             * @static
             * @param {edge.v1.TellerService.$Properties} m TellerService message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TellerService.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.serviceCode != null && $Object.hasOwnProperty.call(m, "serviceCode") && m.serviceCode !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.serviceCode);
                if (m.department != null && $Object.hasOwnProperty.call(m, "department") && m.department !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.department);
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.outcome);
                if (m.fee != null && $Object.hasOwnProperty.call(m, "fee"))
                    $root.edge.v1.Money.encode(m.fee, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.durationS != null && $Object.hasOwnProperty.call(m, "durationS") && m.durationS !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.durationS);
                if (m.documentPrinted != null && $Object.hasOwnProperty.call(m, "documentPrinted") && m.documentPrinted !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.documentPrinted);
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity") && m.identity !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.identity);
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef") && m.citizenRef !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.citizenRef);
                if (m.failureCode != null && $Object.hasOwnProperty.call(m, "failureCode") && m.failureCode !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.failureCode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TellerService message, length delimited. Does not implicitly {@link edge.v1.TellerService.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.TellerService
             * @static
             * @param {edge.v1.TellerService.$Properties} message TellerService message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TellerService.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TellerService message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.TellerService
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.TellerService & edge.v1.TellerService.$Shape} TellerService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TellerService.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.TellerService();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.serviceCode = v;
                            else
                                delete m.serviceCode;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.department = v;
                            else
                                delete m.department;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.outcome = v;
                            else
                                delete m.outcome;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.fee = $root.edge.v1.Money.decode(r, r.size(), $undefined, q + 1, m.fee);
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.durationS = v;
                            else
                                delete m.durationS;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.documentPrinted = v;
                            else
                                delete m.documentPrinted;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.identity = v;
                            else
                                delete m.identity;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.citizenRef = v;
                            else
                                delete m.citizenRef;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.failureCode = v;
                            else
                                delete m.failureCode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TellerService message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.TellerService
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.TellerService & edge.v1.TellerService.$Shape} TellerService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TellerService.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TellerService message.
             * @function verify
             * @memberof edge.v1.TellerService
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TellerService.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.serviceCode != null && $Object.hasOwnProperty.call(m, "serviceCode")) {
                    if (!$util.isString(m.serviceCode))
                        return "serviceCode: string expected";
                }
                if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                    if (!$util.isString(m.department))
                        return "department: string expected";
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                    if (typeof m.outcome !== "number" || (m.outcome | 0) !== m.outcome)
                        return "outcome: enum value expected";
                }
                if (m.fee != null && $Object.hasOwnProperty.call(m, "fee")) {
                    {
                        var e = $root.edge.v1.Money.verify(m.fee, q + 1);
                        if (e)
                            return "fee." + e;
                    }
                }
                if (m.durationS != null && $Object.hasOwnProperty.call(m, "durationS")) {
                    if (!$util.isInteger(m.durationS))
                        return "durationS: integer expected";
                }
                if (m.documentPrinted != null && $Object.hasOwnProperty.call(m, "documentPrinted")) {
                    if (typeof m.documentPrinted !== "boolean")
                        return "documentPrinted: boolean expected";
                }
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                    if (typeof m.identity !== "number" || (m.identity | 0) !== m.identity)
                        return "identity: enum value expected";
                }
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef")) {
                    if (!$util.isString(m.citizenRef))
                        return "citizenRef: string expected";
                }
                if (m.failureCode != null && $Object.hasOwnProperty.call(m, "failureCode")) {
                    if (!$util.isString(m.failureCode))
                        return "failureCode: string expected";
                }
                return null;
            };

            /**
             * Creates a TellerService message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.TellerService
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.TellerService} TellerService
             */
            TellerService.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.TellerService)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.TellerService: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.TellerService();
                if (d.serviceCode != null) {
                    if (typeof d.serviceCode !== "string" || d.serviceCode.length) {
                        m.serviceCode = $String(d.serviceCode);
                    }
                }
                if (d.department != null) {
                    if (typeof d.department !== "string" || d.department.length) {
                        m.department = $String(d.department);
                    }
                }
                if (d.outcome !== 0 && (typeof d.outcome !== "string" || $root.edge.v1.ServiceOutcome[d.outcome] !== 0)) {
                    switch (d.outcome) {
                    case "SERVICE_OUTCOME_UNSPECIFIED":
                    case 0:
                        m.outcome = 0;
                        break;
                    case "SERVICE_OUTCOME_COMPLETED":
                    case 1:
                        m.outcome = 1;
                        break;
                    case "SERVICE_OUTCOME_CANCELLED":
                    case 2:
                        m.outcome = 2;
                        break;
                    case "SERVICE_OUTCOME_FAILED":
                    case 3:
                        m.outcome = 3;
                        break;
                    case "SERVICE_OUTCOME_REFERRED":
                    case 4:
                        m.outcome = 4;
                        break;
                    default:
                        if (typeof d.outcome === "number" && (d.outcome | 0) === d.outcome)
                            m.outcome = d.outcome;
                    }
                }
                if (d.fee != null) {
                    if (!$util.isObject(d.fee))
                        throw $TypeError(".edge.v1.TellerService.fee: object expected");
                    m.fee = $root.edge.v1.Money.fromObject(d.fee, q + 1);
                }
                if (d.durationS != null) {
                    if ($Number(d.durationS) !== 0) {
                        m.durationS = d.durationS >>> 0;
                    }
                }
                if (d.documentPrinted != null) {
                    if (d.documentPrinted) {
                        m.documentPrinted = $Boolean(d.documentPrinted);
                    }
                }
                if (d.identity !== 0 && (typeof d.identity !== "string" || $root.edge.v1.IdentityMethod[d.identity] !== 0)) {
                    switch (d.identity) {
                    case "IDENTITY_METHOD_UNSPECIFIED":
                    case 0:
                        m.identity = 0;
                        break;
                    case "IDENTITY_METHOD_ID_CARD":
                    case 1:
                        m.identity = 1;
                        break;
                    case "IDENTITY_METHOD_QR_DIGITAL_ID":
                    case 2:
                        m.identity = 2;
                        break;
                    case "IDENTITY_METHOD_FACE":
                    case 3:
                        m.identity = 3;
                        break;
                    case "IDENTITY_METHOD_FINGERPRINT":
                    case 4:
                        m.identity = 4;
                        break;
                    case "IDENTITY_METHOD_PICKUP_CODE":
                    case 5:
                        m.identity = 5;
                        break;
                    case "IDENTITY_METHOD_STAFF_BADGE":
                    case 6:
                        m.identity = 6;
                        break;
                    case "IDENTITY_METHOD_NONE":
                    case 7:
                        m.identity = 7;
                        break;
                    default:
                        if (typeof d.identity === "number" && (d.identity | 0) === d.identity)
                            m.identity = d.identity;
                    }
                }
                if (d.citizenRef != null) {
                    if (typeof d.citizenRef !== "string" || d.citizenRef.length) {
                        m.citizenRef = $String(d.citizenRef);
                    }
                }
                if (d.failureCode != null) {
                    if (typeof d.failureCode !== "string" || d.failureCode.length) {
                        m.failureCode = $String(d.failureCode);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TellerService message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.TellerService
             * @static
             * @param {edge.v1.TellerService} m TellerService
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TellerService.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.serviceCode = "";
                    d.department = "";
                    d.outcome = o.enums === $String ? "SERVICE_OUTCOME_UNSPECIFIED" : 0;
                    d.fee = null;
                    d.durationS = 0;
                    d.documentPrinted = false;
                    d.identity = o.enums === $String ? "IDENTITY_METHOD_UNSPECIFIED" : 0;
                    d.citizenRef = "";
                    d.failureCode = "";
                }
                if (m.serviceCode != null && $Object.hasOwnProperty.call(m, "serviceCode")) {
                    d.serviceCode = m.serviceCode;
                }
                if (m.department != null && $Object.hasOwnProperty.call(m, "department")) {
                    d.department = m.department;
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                    d.outcome = o.enums === $String ? $root.edge.v1.ServiceOutcome[m.outcome] === $undefined ? m.outcome : $root.edge.v1.ServiceOutcome[m.outcome] : m.outcome;
                }
                if (m.fee != null && $Object.hasOwnProperty.call(m, "fee")) {
                    d.fee = $root.edge.v1.Money.toObject(m.fee, o, q + 1);
                }
                if (m.durationS != null && $Object.hasOwnProperty.call(m, "durationS")) {
                    d.durationS = m.durationS;
                }
                if (m.documentPrinted != null && $Object.hasOwnProperty.call(m, "documentPrinted")) {
                    d.documentPrinted = m.documentPrinted;
                }
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                    d.identity = o.enums === $String ? $root.edge.v1.IdentityMethod[m.identity] === $undefined ? m.identity : $root.edge.v1.IdentityMethod[m.identity] : m.identity;
                }
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef")) {
                    d.citizenRef = m.citizenRef;
                }
                if (m.failureCode != null && $Object.hasOwnProperty.call(m, "failureCode")) {
                    d.failureCode = m.failureCode;
                }
                return d;
            };

            /**
             * Converts this TellerService to JSON.
             * @function toJSON
             * @memberof edge.v1.TellerService
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TellerService.prototype.toJSON = function() {
                return TellerService.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TellerService
             * @function getTypeUrl
             * @memberof edge.v1.TellerService
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TellerService.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.TellerService";
            };

            return TellerService;
        })();

        /**
         * PaymentMethod enum.
         * @name edge.v1.PaymentMethod
         * @enum {number}
         * @property {number} PAYMENT_METHOD_UNSPECIFIED=0 PAYMENT_METHOD_UNSPECIFIED value
         * @property {number} PAYMENT_METHOD_CASH=1 PAYMENT_METHOD_CASH value
         * @property {number} PAYMENT_METHOD_CARD=2 PAYMENT_METHOD_CARD value
         * @property {number} PAYMENT_METHOD_QR_WALLET=3 PAYMENT_METHOD_QR_WALLET value
         * @property {number} PAYMENT_METHOD_FREE=4 PAYMENT_METHOD_FREE value
         */
        v1.PaymentMethod = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PAYMENT_METHOD_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PAYMENT_METHOD_CASH"] = 1;
            values[valuesById[2] = "PAYMENT_METHOD_CARD"] = 2;
            values[valuesById[3] = "PAYMENT_METHOD_QR_WALLET"] = 3;
            values[valuesById[4] = "PAYMENT_METHOD_FREE"] = 4;
            return values;
        })();

        v1.SaleItem = (function() {

            /**
             * Properties of a SaleItem.
             * @typedef {Object} edge.v1.SaleItem.$Properties
             * @property {string|null} [sku] SaleItem sku
             * @property {number|null} [quantity] SaleItem quantity
             * @property {number|null} [unitPriceMinor] SaleItem unitPriceMinor
             * @property {number|null} [slot] SaleItem slot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaleItem.
             * @memberof edge.v1
             * @interface ISaleItem
             * @augments edge.v1.SaleItem.$Properties
             * @deprecated Use edge.v1.SaleItem.$Properties instead.
             */

            /**
             * Shape of a SaleItem.
             * @typedef {edge.v1.SaleItem.$Properties} edge.v1.SaleItem.$Shape
             */

            /**
             * Constructs a new SaleItem.
             * @memberof edge.v1
             * @classdesc Represents a SaleItem.
             * @constructor
             * @param {edge.v1.SaleItem.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaleItem = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SaleItem sku.
             * @member {string} sku
             * @memberof edge.v1.SaleItem
             * @instance
             */
            SaleItem.prototype.sku = "";

            /**
             * SaleItem quantity.
             * @member {number} quantity
             * @memberof edge.v1.SaleItem
             * @instance
             */
            SaleItem.prototype.quantity = 0;

            /**
             * SaleItem unitPriceMinor.
             * @member {number} unitPriceMinor
             * @memberof edge.v1.SaleItem
             * @instance
             */
            SaleItem.prototype.unitPriceMinor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SaleItem slot.
             * @member {number} slot
             * @memberof edge.v1.SaleItem
             * @instance
             */
            SaleItem.prototype.slot = 0;

            /**
             * Creates a new SaleItem instance using the specified properties.
             * @function create
             * @memberof edge.v1.SaleItem
             * @static
             * @param {edge.v1.SaleItem.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SaleItem} SaleItem instance
             * @type {{
             *   (properties: edge.v1.SaleItem.$Shape): edge.v1.SaleItem & edge.v1.SaleItem.$Shape;
             *   (properties?: edge.v1.SaleItem.$Properties): edge.v1.SaleItem;
             * }}
             */
            SaleItem.create = function(properties) {
                return new SaleItem(properties);
            };

            /**
             * Encodes the specified SaleItem message. Does not implicitly {@link edge.v1.SaleItem.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SaleItem
             * @static
             * @param {edge.v1.SaleItem.$Properties} m SaleItem message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaleItem.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku") && m.sku !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.sku);
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity") && m.quantity !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.quantity);
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor") && (typeof m.unitPriceMinor === "object" ? m.unitPriceMinor.low || m.unitPriceMinor.high : m.unitPriceMinor !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.unitPriceMinor);
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && m.slot !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.slot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SaleItem message, length delimited. Does not implicitly {@link edge.v1.SaleItem.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SaleItem
             * @static
             * @param {edge.v1.SaleItem.$Properties} message SaleItem message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaleItem.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SaleItem message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SaleItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SaleItem & edge.v1.SaleItem.$Shape} SaleItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaleItem.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SaleItem();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sku = v;
                            else
                                delete m.sku;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.quantity = v;
                            else
                                delete m.quantity;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.unitPriceMinor = v;
                            else
                                delete m.unitPriceMinor;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SaleItem message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SaleItem
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SaleItem & edge.v1.SaleItem.$Shape} SaleItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaleItem.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SaleItem message.
             * @function verify
             * @memberof edge.v1.SaleItem
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SaleItem.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    if (!$util.isString(m.sku))
                        return "sku: string expected";
                }
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity")) {
                    if (!$util.isInteger(m.quantity))
                        return "quantity: integer expected";
                }
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor")) {
                    if (!$util.isInteger(m.unitPriceMinor) && !(m.unitPriceMinor && $util.isInteger(m.unitPriceMinor.low) && $util.isInteger(m.unitPriceMinor.high)))
                        return "unitPriceMinor: integer|Long expected";
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (!$util.isInteger(m.slot))
                        return "slot: integer expected";
                }
                return null;
            };

            /**
             * Creates a SaleItem message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SaleItem
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SaleItem} SaleItem
             */
            SaleItem.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SaleItem)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SaleItem: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SaleItem();
                if (d.sku != null) {
                    if (typeof d.sku !== "string" || d.sku.length) {
                        m.sku = $String(d.sku);
                    }
                }
                if (d.quantity != null) {
                    if ($Number(d.quantity) !== 0) {
                        m.quantity = d.quantity >>> 0;
                    }
                }
                if (d.unitPriceMinor != null) {
                    if (typeof d.unitPriceMinor === "object" ? d.unitPriceMinor.low || d.unitPriceMinor.high : $Number(d.unitPriceMinor) !== 0) {
                        if ($util.Long)
                            m.unitPriceMinor = $util.Long.fromValue(d.unitPriceMinor, false);
                        else if (typeof d.unitPriceMinor === "string")
                            m.unitPriceMinor = $parseInt(d.unitPriceMinor, 10);
                        else if (typeof d.unitPriceMinor === "number")
                            m.unitPriceMinor = d.unitPriceMinor;
                        else if (typeof d.unitPriceMinor === "object")
                            m.unitPriceMinor = new $util.LongBits(d.unitPriceMinor.low >>> 0, d.unitPriceMinor.high >>> 0).toNumber();
                    }
                }
                if (d.slot != null) {
                    if ($Number(d.slot) !== 0) {
                        m.slot = d.slot >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SaleItem message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SaleItem
             * @static
             * @param {edge.v1.SaleItem} m SaleItem
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SaleItem.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.sku = "";
                    d.quantity = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.unitPriceMinor = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.unitPriceMinor = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.slot = 0;
                }
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    d.sku = m.sku;
                }
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity")) {
                    d.quantity = m.quantity;
                }
                if (m.unitPriceMinor != null && $Object.hasOwnProperty.call(m, "unitPriceMinor")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.unitPriceMinor = typeof m.unitPriceMinor === "number" ? $BigInt(m.unitPriceMinor) : $util.Long.fromBits(m.unitPriceMinor.low >>> 0, m.unitPriceMinor.high >>> 0, false).toBigInt();
                    else if (typeof m.unitPriceMinor === "number")
                        d.unitPriceMinor = o.longs === $String ? $String(m.unitPriceMinor) : m.unitPriceMinor;
                    else
                        d.unitPriceMinor = o.longs === $String ? $util.Long.prototype.toString.call(m.unitPriceMinor) : o.longs === $Number ? new $util.LongBits(m.unitPriceMinor.low >>> 0, m.unitPriceMinor.high >>> 0).toNumber() : m.unitPriceMinor;
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    d.slot = m.slot;
                }
                return d;
            };

            /**
             * Converts this SaleItem to JSON.
             * @function toJSON
             * @memberof edge.v1.SaleItem
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SaleItem.prototype.toJSON = function() {
                return SaleItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SaleItem
             * @function getTypeUrl
             * @memberof edge.v1.SaleItem
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SaleItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SaleItem";
            };

            return SaleItem;
        })();

        v1.VendingSale = (function() {

            /**
             * Properties of a VendingSale.
             * @typedef {Object} edge.v1.VendingSale.$Properties
             * @property {Array.<edge.v1.SaleItem.$Properties>|null} [items] VendingSale items
             * @property {edge.v1.Money.$Properties|null} [total] VendingSale total
             * @property {edge.v1.PaymentMethod|null} [payment] VendingSale payment
             * @property {string|null} [receiptNo] VendingSale receiptNo
             * @property {string|null} [cardLast4] VendingSale cardLast4
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VendingSale.
             * @memberof edge.v1
             * @interface IVendingSale
             * @augments edge.v1.VendingSale.$Properties
             * @deprecated Use edge.v1.VendingSale.$Properties instead.
             */

            /**
             * Shape of a VendingSale.
             * @typedef {edge.v1.VendingSale.$Properties} edge.v1.VendingSale.$Shape
             */

            /**
             * Constructs a new VendingSale.
             * @memberof edge.v1
             * @classdesc Represents a VendingSale.
             * @constructor
             * @param {edge.v1.VendingSale.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VendingSale = function (p) {
                this.items = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VendingSale items.
             * @member {Array.<edge.v1.SaleItem.$Properties>} items
             * @memberof edge.v1.VendingSale
             * @instance
             */
            VendingSale.prototype.items = $util.emptyArray;

            /**
             * VendingSale total.
             * @member {edge.v1.Money.$Properties|null|undefined} total
             * @memberof edge.v1.VendingSale
             * @instance
             */
            VendingSale.prototype.total = null;

            /**
             * VendingSale payment.
             * @member {edge.v1.PaymentMethod} payment
             * @memberof edge.v1.VendingSale
             * @instance
             */
            VendingSale.prototype.payment = 0;

            /**
             * VendingSale receiptNo.
             * @member {string} receiptNo
             * @memberof edge.v1.VendingSale
             * @instance
             */
            VendingSale.prototype.receiptNo = "";

            /**
             * VendingSale cardLast4.
             * @member {string} cardLast4
             * @memberof edge.v1.VendingSale
             * @instance
             */
            VendingSale.prototype.cardLast4 = "";

            /**
             * Creates a new VendingSale instance using the specified properties.
             * @function create
             * @memberof edge.v1.VendingSale
             * @static
             * @param {edge.v1.VendingSale.$Properties=} [properties] Properties to set
             * @returns {edge.v1.VendingSale} VendingSale instance
             * @type {{
             *   (properties: edge.v1.VendingSale.$Shape): edge.v1.VendingSale & edge.v1.VendingSale.$Shape;
             *   (properties?: edge.v1.VendingSale.$Properties): edge.v1.VendingSale;
             * }}
             */
            VendingSale.create = function(properties) {
                return new VendingSale(properties);
            };

            /**
             * Encodes the specified VendingSale message. Does not implicitly {@link edge.v1.VendingSale.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.VendingSale
             * @static
             * @param {edge.v1.VendingSale.$Properties} m VendingSale message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VendingSale.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.items != null && m.items.length) {
                    for (var i = 0; i < m.items.length; ++i)
                        $root.edge.v1.SaleItem.encode(m.items[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total"))
                    $root.edge.v1.Money.encode(m.total, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.payment != null && $Object.hasOwnProperty.call(m, "payment") && m.payment !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.payment);
                if (m.receiptNo != null && $Object.hasOwnProperty.call(m, "receiptNo") && m.receiptNo !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.receiptNo);
                if (m.cardLast4 != null && $Object.hasOwnProperty.call(m, "cardLast4") && m.cardLast4 !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.cardLast4);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VendingSale message, length delimited. Does not implicitly {@link edge.v1.VendingSale.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.VendingSale
             * @static
             * @param {edge.v1.VendingSale.$Properties} message VendingSale message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VendingSale.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VendingSale message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.VendingSale
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.VendingSale & edge.v1.VendingSale.$Shape} VendingSale
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VendingSale.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.VendingSale();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.items && m.items.length))
                                m.items = [];
                            m.items.push($root.edge.v1.SaleItem.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.total = $root.edge.v1.Money.decode(r, r.size(), $undefined, q + 1, m.total);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.payment = v;
                            else
                                delete m.payment;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.receiptNo = v;
                            else
                                delete m.receiptNo;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cardLast4 = v;
                            else
                                delete m.cardLast4;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a VendingSale message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.VendingSale
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.VendingSale & edge.v1.VendingSale.$Shape} VendingSale
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VendingSale.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VendingSale message.
             * @function verify
             * @memberof edge.v1.VendingSale
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VendingSale.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.items != null && $Object.hasOwnProperty.call(m, "items")) {
                    if (!$Array.isArray(m.items))
                        return "items: array expected";
                    for (var i = 0; i < m.items.length; ++i) {
                        {
                            var e = $root.edge.v1.SaleItem.verify(m.items[i], q + 1);
                            if (e)
                                return "items." + e;
                        }
                    }
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    {
                        var e = $root.edge.v1.Money.verify(m.total, q + 1);
                        if (e)
                            return "total." + e;
                    }
                }
                if (m.payment != null && $Object.hasOwnProperty.call(m, "payment")) {
                    if (typeof m.payment !== "number" || (m.payment | 0) !== m.payment)
                        return "payment: enum value expected";
                }
                if (m.receiptNo != null && $Object.hasOwnProperty.call(m, "receiptNo")) {
                    if (!$util.isString(m.receiptNo))
                        return "receiptNo: string expected";
                }
                if (m.cardLast4 != null && $Object.hasOwnProperty.call(m, "cardLast4")) {
                    if (!$util.isString(m.cardLast4))
                        return "cardLast4: string expected";
                }
                return null;
            };

            /**
             * Creates a VendingSale message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.VendingSale
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.VendingSale} VendingSale
             */
            VendingSale.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.VendingSale)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.VendingSale: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.VendingSale();
                if (d.items) {
                    if (!$Array.isArray(d.items))
                        throw $TypeError(".edge.v1.VendingSale.items: array expected");
                    m.items = $Array(d.items.length);
                    for (var i = 0; i < d.items.length; ++i) {
                        if (!$util.isObject(d.items[i]))
                            throw $TypeError(".edge.v1.VendingSale.items: object expected");
                        m.items[i] = $root.edge.v1.SaleItem.fromObject(d.items[i], q + 1);
                    }
                }
                if (d.total != null) {
                    if (!$util.isObject(d.total))
                        throw $TypeError(".edge.v1.VendingSale.total: object expected");
                    m.total = $root.edge.v1.Money.fromObject(d.total, q + 1);
                }
                if (d.payment !== 0 && (typeof d.payment !== "string" || $root.edge.v1.PaymentMethod[d.payment] !== 0)) {
                    switch (d.payment) {
                    case "PAYMENT_METHOD_UNSPECIFIED":
                    case 0:
                        m.payment = 0;
                        break;
                    case "PAYMENT_METHOD_CASH":
                    case 1:
                        m.payment = 1;
                        break;
                    case "PAYMENT_METHOD_CARD":
                    case 2:
                        m.payment = 2;
                        break;
                    case "PAYMENT_METHOD_QR_WALLET":
                    case 3:
                        m.payment = 3;
                        break;
                    case "PAYMENT_METHOD_FREE":
                    case 4:
                        m.payment = 4;
                        break;
                    default:
                        if (typeof d.payment === "number" && (d.payment | 0) === d.payment)
                            m.payment = d.payment;
                    }
                }
                if (d.receiptNo != null) {
                    if (typeof d.receiptNo !== "string" || d.receiptNo.length) {
                        m.receiptNo = $String(d.receiptNo);
                    }
                }
                if (d.cardLast4 != null) {
                    if (typeof d.cardLast4 !== "string" || d.cardLast4.length) {
                        m.cardLast4 = $String(d.cardLast4);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VendingSale message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.VendingSale
             * @static
             * @param {edge.v1.VendingSale} m VendingSale
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VendingSale.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.items = [];
                }
                if (o.defaults) {
                    d.total = null;
                    d.payment = o.enums === $String ? "PAYMENT_METHOD_UNSPECIFIED" : 0;
                    d.receiptNo = "";
                    d.cardLast4 = "";
                }
                if (m.items && m.items.length) {
                    d.items = $Array(m.items.length);
                    for (var j = 0; j < m.items.length; ++j) {
                        d.items[j] = $root.edge.v1.SaleItem.toObject(m.items[j], o, q + 1);
                    }
                }
                if (m.total != null && $Object.hasOwnProperty.call(m, "total")) {
                    d.total = $root.edge.v1.Money.toObject(m.total, o, q + 1);
                }
                if (m.payment != null && $Object.hasOwnProperty.call(m, "payment")) {
                    d.payment = o.enums === $String ? $root.edge.v1.PaymentMethod[m.payment] === $undefined ? m.payment : $root.edge.v1.PaymentMethod[m.payment] : m.payment;
                }
                if (m.receiptNo != null && $Object.hasOwnProperty.call(m, "receiptNo")) {
                    d.receiptNo = m.receiptNo;
                }
                if (m.cardLast4 != null && $Object.hasOwnProperty.call(m, "cardLast4")) {
                    d.cardLast4 = m.cardLast4;
                }
                return d;
            };

            /**
             * Converts this VendingSale to JSON.
             * @function toJSON
             * @memberof edge.v1.VendingSale
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VendingSale.prototype.toJSON = function() {
                return VendingSale.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VendingSale
             * @function getTypeUrl
             * @memberof edge.v1.VendingSale
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VendingSale.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.VendingSale";
            };

            return VendingSale;
        })();

        /**
         * LockerActionType enum.
         * @name edge.v1.LockerActionType
         * @enum {number}
         * @property {number} LOCKER_ACTION_TYPE_UNSPECIFIED=0 LOCKER_ACTION_TYPE_UNSPECIFIED value
         * @property {number} LOCKER_ACTION_TYPE_DEPOSIT=1 LOCKER_ACTION_TYPE_DEPOSIT value
         * @property {number} LOCKER_ACTION_TYPE_PICKUP=2 LOCKER_ACTION_TYPE_PICKUP value
         * @property {number} LOCKER_ACTION_TYPE_RETRIEVE=3 LOCKER_ACTION_TYPE_RETRIEVE value
         */
        v1.LockerActionType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCKER_ACTION_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCKER_ACTION_TYPE_DEPOSIT"] = 1;
            values[valuesById[2] = "LOCKER_ACTION_TYPE_PICKUP"] = 2;
            values[valuesById[3] = "LOCKER_ACTION_TYPE_RETRIEVE"] = 3;
            return values;
        })();

        /**
         * LockerResult enum.
         * @name edge.v1.LockerResult
         * @enum {number}
         * @property {number} LOCKER_RESULT_UNSPECIFIED=0 LOCKER_RESULT_UNSPECIFIED value
         * @property {number} LOCKER_RESULT_OK=1 LOCKER_RESULT_OK value
         * @property {number} LOCKER_RESULT_WRONG_CODE=2 LOCKER_RESULT_WRONG_CODE value
         * @property {number} LOCKER_RESULT_ALREADY_COLLECTED=3 LOCKER_RESULT_ALREADY_COLLECTED value
         * @property {number} LOCKER_RESULT_DOOR_FAULT=4 LOCKER_RESULT_DOOR_FAULT value
         * @property {number} LOCKER_RESULT_CANCELLED=5 LOCKER_RESULT_CANCELLED value
         */
        v1.LockerResult = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCKER_RESULT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCKER_RESULT_OK"] = 1;
            values[valuesById[2] = "LOCKER_RESULT_WRONG_CODE"] = 2;
            values[valuesById[3] = "LOCKER_RESULT_ALREADY_COLLECTED"] = 3;
            values[valuesById[4] = "LOCKER_RESULT_DOOR_FAULT"] = 4;
            values[valuesById[5] = "LOCKER_RESULT_CANCELLED"] = 5;
            return values;
        })();

        v1.LockerAction = (function() {

            /**
             * Properties of a LockerAction.
             * @typedef {Object} edge.v1.LockerAction.$Properties
             * @property {edge.v1.LockerActionType|null} [action] LockerAction action
             * @property {number|null} [compartment] LockerAction compartment
             * @property {string|null} [documentRef] LockerAction documentRef
             * @property {edge.v1.IdentityMethod|null} [identity] LockerAction identity
             * @property {edge.v1.LockerResult|null} [result] LockerAction result
             * @property {string|null} [pickupCodeHash] LockerAction pickupCodeHash
             * @property {string|null} [citizenRef] LockerAction citizenRef
             * @property {boolean|null} [offline] LockerAction offline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LockerAction.
             * @memberof edge.v1
             * @interface ILockerAction
             * @augments edge.v1.LockerAction.$Properties
             * @deprecated Use edge.v1.LockerAction.$Properties instead.
             */

            /**
             * Shape of a LockerAction.
             * @typedef {edge.v1.LockerAction.$Properties} edge.v1.LockerAction.$Shape
             */

            /**
             * Constructs a new LockerAction.
             * @memberof edge.v1
             * @classdesc Represents a LockerAction.
             * @constructor
             * @param {edge.v1.LockerAction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LockerAction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LockerAction action.
             * @member {edge.v1.LockerActionType} action
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.action = 0;

            /**
             * LockerAction compartment.
             * @member {number} compartment
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.compartment = 0;

            /**
             * LockerAction documentRef.
             * @member {string} documentRef
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.documentRef = "";

            /**
             * LockerAction identity.
             * @member {edge.v1.IdentityMethod} identity
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.identity = 0;

            /**
             * LockerAction result.
             * @member {edge.v1.LockerResult} result
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.result = 0;

            /**
             * LockerAction pickupCodeHash.
             * @member {string} pickupCodeHash
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.pickupCodeHash = "";

            /**
             * LockerAction citizenRef.
             * @member {string} citizenRef
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.citizenRef = "";

            /**
             * LockerAction offline.
             * @member {boolean} offline
             * @memberof edge.v1.LockerAction
             * @instance
             */
            LockerAction.prototype.offline = false;

            /**
             * Creates a new LockerAction instance using the specified properties.
             * @function create
             * @memberof edge.v1.LockerAction
             * @static
             * @param {edge.v1.LockerAction.$Properties=} [properties] Properties to set
             * @returns {edge.v1.LockerAction} LockerAction instance
             * @type {{
             *   (properties: edge.v1.LockerAction.$Shape): edge.v1.LockerAction & edge.v1.LockerAction.$Shape;
             *   (properties?: edge.v1.LockerAction.$Properties): edge.v1.LockerAction;
             * }}
             */
            LockerAction.create = function(properties) {
                return new LockerAction(properties);
            };

            /**
             * Encodes the specified LockerAction message. Does not implicitly {@link edge.v1.LockerAction.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.LockerAction
             * @static
             * @param {edge.v1.LockerAction.$Properties} m LockerAction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LockerAction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.action);
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment") && m.compartment !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.compartment);
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef") && m.documentRef !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.documentRef);
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity") && m.identity !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.identity);
                if (m.result != null && $Object.hasOwnProperty.call(m, "result") && m.result !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.result);
                if (m.pickupCodeHash != null && $Object.hasOwnProperty.call(m, "pickupCodeHash") && m.pickupCodeHash !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.pickupCodeHash);
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef") && m.citizenRef !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.citizenRef);
                if (m.offline != null && $Object.hasOwnProperty.call(m, "offline") && m.offline !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.offline);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LockerAction message, length delimited. Does not implicitly {@link edge.v1.LockerAction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.LockerAction
             * @static
             * @param {edge.v1.LockerAction.$Properties} message LockerAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LockerAction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LockerAction message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.LockerAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.LockerAction & edge.v1.LockerAction.$Shape} LockerAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LockerAction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.LockerAction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.compartment = v;
                            else
                                delete m.compartment;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.documentRef = v;
                            else
                                delete m.documentRef;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.identity = v;
                            else
                                delete m.identity;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.result = v;
                            else
                                delete m.result;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pickupCodeHash = v;
                            else
                                delete m.pickupCodeHash;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.citizenRef = v;
                            else
                                delete m.citizenRef;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.offline = v;
                            else
                                delete m.offline;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LockerAction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.LockerAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.LockerAction & edge.v1.LockerAction.$Shape} LockerAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LockerAction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LockerAction message.
             * @function verify
             * @memberof edge.v1.LockerAction
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LockerAction.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    if (typeof m.action !== "number" || (m.action | 0) !== m.action)
                        return "action: enum value expected";
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    if (!$util.isInteger(m.compartment))
                        return "compartment: integer expected";
                }
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    if (!$util.isString(m.documentRef))
                        return "documentRef: string expected";
                }
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                    if (typeof m.identity !== "number" || (m.identity | 0) !== m.identity)
                        return "identity: enum value expected";
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    if (typeof m.result !== "number" || (m.result | 0) !== m.result)
                        return "result: enum value expected";
                }
                if (m.pickupCodeHash != null && $Object.hasOwnProperty.call(m, "pickupCodeHash")) {
                    if (!$util.isString(m.pickupCodeHash))
                        return "pickupCodeHash: string expected";
                }
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef")) {
                    if (!$util.isString(m.citizenRef))
                        return "citizenRef: string expected";
                }
                if (m.offline != null && $Object.hasOwnProperty.call(m, "offline")) {
                    if (typeof m.offline !== "boolean")
                        return "offline: boolean expected";
                }
                return null;
            };

            /**
             * Creates a LockerAction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.LockerAction
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.LockerAction} LockerAction
             */
            LockerAction.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.LockerAction)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.LockerAction: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.LockerAction();
                if (d.action !== 0 && (typeof d.action !== "string" || $root.edge.v1.LockerActionType[d.action] !== 0)) {
                    switch (d.action) {
                    case "LOCKER_ACTION_TYPE_UNSPECIFIED":
                    case 0:
                        m.action = 0;
                        break;
                    case "LOCKER_ACTION_TYPE_DEPOSIT":
                    case 1:
                        m.action = 1;
                        break;
                    case "LOCKER_ACTION_TYPE_PICKUP":
                    case 2:
                        m.action = 2;
                        break;
                    case "LOCKER_ACTION_TYPE_RETRIEVE":
                    case 3:
                        m.action = 3;
                        break;
                    default:
                        if (typeof d.action === "number" && (d.action | 0) === d.action)
                            m.action = d.action;
                    }
                }
                if (d.compartment != null) {
                    if ($Number(d.compartment) !== 0) {
                        m.compartment = d.compartment >>> 0;
                    }
                }
                if (d.documentRef != null) {
                    if (typeof d.documentRef !== "string" || d.documentRef.length) {
                        m.documentRef = $String(d.documentRef);
                    }
                }
                if (d.identity !== 0 && (typeof d.identity !== "string" || $root.edge.v1.IdentityMethod[d.identity] !== 0)) {
                    switch (d.identity) {
                    case "IDENTITY_METHOD_UNSPECIFIED":
                    case 0:
                        m.identity = 0;
                        break;
                    case "IDENTITY_METHOD_ID_CARD":
                    case 1:
                        m.identity = 1;
                        break;
                    case "IDENTITY_METHOD_QR_DIGITAL_ID":
                    case 2:
                        m.identity = 2;
                        break;
                    case "IDENTITY_METHOD_FACE":
                    case 3:
                        m.identity = 3;
                        break;
                    case "IDENTITY_METHOD_FINGERPRINT":
                    case 4:
                        m.identity = 4;
                        break;
                    case "IDENTITY_METHOD_PICKUP_CODE":
                    case 5:
                        m.identity = 5;
                        break;
                    case "IDENTITY_METHOD_STAFF_BADGE":
                    case 6:
                        m.identity = 6;
                        break;
                    case "IDENTITY_METHOD_NONE":
                    case 7:
                        m.identity = 7;
                        break;
                    default:
                        if (typeof d.identity === "number" && (d.identity | 0) === d.identity)
                            m.identity = d.identity;
                    }
                }
                if (d.result !== 0 && (typeof d.result !== "string" || $root.edge.v1.LockerResult[d.result] !== 0)) {
                    switch (d.result) {
                    case "LOCKER_RESULT_UNSPECIFIED":
                    case 0:
                        m.result = 0;
                        break;
                    case "LOCKER_RESULT_OK":
                    case 1:
                        m.result = 1;
                        break;
                    case "LOCKER_RESULT_WRONG_CODE":
                    case 2:
                        m.result = 2;
                        break;
                    case "LOCKER_RESULT_ALREADY_COLLECTED":
                    case 3:
                        m.result = 3;
                        break;
                    case "LOCKER_RESULT_DOOR_FAULT":
                    case 4:
                        m.result = 4;
                        break;
                    case "LOCKER_RESULT_CANCELLED":
                    case 5:
                        m.result = 5;
                        break;
                    default:
                        if (typeof d.result === "number" && (d.result | 0) === d.result)
                            m.result = d.result;
                    }
                }
                if (d.pickupCodeHash != null) {
                    if (typeof d.pickupCodeHash !== "string" || d.pickupCodeHash.length) {
                        m.pickupCodeHash = $String(d.pickupCodeHash);
                    }
                }
                if (d.citizenRef != null) {
                    if (typeof d.citizenRef !== "string" || d.citizenRef.length) {
                        m.citizenRef = $String(d.citizenRef);
                    }
                }
                if (d.offline != null) {
                    if (d.offline) {
                        m.offline = $Boolean(d.offline);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LockerAction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.LockerAction
             * @static
             * @param {edge.v1.LockerAction} m LockerAction
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LockerAction.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.action = o.enums === $String ? "LOCKER_ACTION_TYPE_UNSPECIFIED" : 0;
                    d.compartment = 0;
                    d.documentRef = "";
                    d.identity = o.enums === $String ? "IDENTITY_METHOD_UNSPECIFIED" : 0;
                    d.result = o.enums === $String ? "LOCKER_RESULT_UNSPECIFIED" : 0;
                    d.pickupCodeHash = "";
                    d.citizenRef = "";
                    d.offline = false;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = o.enums === $String ? $root.edge.v1.LockerActionType[m.action] === $undefined ? m.action : $root.edge.v1.LockerActionType[m.action] : m.action;
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    d.compartment = m.compartment;
                }
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    d.documentRef = m.documentRef;
                }
                if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                    d.identity = o.enums === $String ? $root.edge.v1.IdentityMethod[m.identity] === $undefined ? m.identity : $root.edge.v1.IdentityMethod[m.identity] : m.identity;
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = o.enums === $String ? $root.edge.v1.LockerResult[m.result] === $undefined ? m.result : $root.edge.v1.LockerResult[m.result] : m.result;
                }
                if (m.pickupCodeHash != null && $Object.hasOwnProperty.call(m, "pickupCodeHash")) {
                    d.pickupCodeHash = m.pickupCodeHash;
                }
                if (m.citizenRef != null && $Object.hasOwnProperty.call(m, "citizenRef")) {
                    d.citizenRef = m.citizenRef;
                }
                if (m.offline != null && $Object.hasOwnProperty.call(m, "offline")) {
                    d.offline = m.offline;
                }
                return d;
            };

            /**
             * Converts this LockerAction to JSON.
             * @function toJSON
             * @memberof edge.v1.LockerAction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LockerAction.prototype.toJSON = function() {
                return LockerAction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LockerAction
             * @function getTypeUrl
             * @memberof edge.v1.LockerAction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LockerAction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.LockerAction";
            };

            return LockerAction;
        })();

        /**
         * ComponentHealth enum.
         * @name edge.v1.ComponentHealth
         * @enum {number}
         * @property {number} COMPONENT_HEALTH_UNSPECIFIED=0 COMPONENT_HEALTH_UNSPECIFIED value
         * @property {number} COMPONENT_HEALTH_OK=1 COMPONENT_HEALTH_OK value
         * @property {number} COMPONENT_HEALTH_LOW=2 COMPONENT_HEALTH_LOW value
         * @property {number} COMPONENT_HEALTH_EMPTY=3 COMPONENT_HEALTH_EMPTY value
         * @property {number} COMPONENT_HEALTH_FAULT=4 COMPONENT_HEALTH_FAULT value
         * @property {number} COMPONENT_HEALTH_OFFLINE=5 COMPONENT_HEALTH_OFFLINE value
         */
        v1.ComponentHealth = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMPONENT_HEALTH_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMPONENT_HEALTH_OK"] = 1;
            values[valuesById[2] = "COMPONENT_HEALTH_LOW"] = 2;
            values[valuesById[3] = "COMPONENT_HEALTH_EMPTY"] = 3;
            values[valuesById[4] = "COMPONENT_HEALTH_FAULT"] = 4;
            values[valuesById[5] = "COMPONENT_HEALTH_OFFLINE"] = 5;
            return values;
        })();

        v1.ComponentStatus = (function() {

            /**
             * Properties of a ComponentStatus.
             * @typedef {Object} edge.v1.ComponentStatus.$Properties
             * @property {string|null} [component] ComponentStatus component
             * @property {edge.v1.ComponentHealth|null} [health] ComponentStatus health
             * @property {number|null} [levelPercent] ComponentStatus levelPercent
             * @property {string|null} [detail] ComponentStatus detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ComponentStatus.
             * @memberof edge.v1
             * @interface IComponentStatus
             * @augments edge.v1.ComponentStatus.$Properties
             * @deprecated Use edge.v1.ComponentStatus.$Properties instead.
             */

            /**
             * Shape of a ComponentStatus.
             * @typedef {edge.v1.ComponentStatus.$Properties} edge.v1.ComponentStatus.$Shape
             */

            /**
             * Constructs a new ComponentStatus.
             * @memberof edge.v1
             * @classdesc Represents a ComponentStatus.
             * @constructor
             * @param {edge.v1.ComponentStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ComponentStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ComponentStatus component.
             * @member {string} component
             * @memberof edge.v1.ComponentStatus
             * @instance
             */
            ComponentStatus.prototype.component = "";

            /**
             * ComponentStatus health.
             * @member {edge.v1.ComponentHealth} health
             * @memberof edge.v1.ComponentStatus
             * @instance
             */
            ComponentStatus.prototype.health = 0;

            /**
             * ComponentStatus levelPercent.
             * @member {number} levelPercent
             * @memberof edge.v1.ComponentStatus
             * @instance
             */
            ComponentStatus.prototype.levelPercent = 0;

            /**
             * ComponentStatus detail.
             * @member {string} detail
             * @memberof edge.v1.ComponentStatus
             * @instance
             */
            ComponentStatus.prototype.detail = "";

            /**
             * Creates a new ComponentStatus instance using the specified properties.
             * @function create
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {edge.v1.ComponentStatus.$Properties=} [properties] Properties to set
             * @returns {edge.v1.ComponentStatus} ComponentStatus instance
             * @type {{
             *   (properties: edge.v1.ComponentStatus.$Shape): edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape;
             *   (properties?: edge.v1.ComponentStatus.$Properties): edge.v1.ComponentStatus;
             * }}
             */
            ComponentStatus.create = function(properties) {
                return new ComponentStatus(properties);
            };

            /**
             * Encodes the specified ComponentStatus message. Does not implicitly {@link edge.v1.ComponentStatus.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {edge.v1.ComponentStatus.$Properties} m ComponentStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ComponentStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.component != null && $Object.hasOwnProperty.call(m, "component") && m.component !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.component);
                if (m.health != null && $Object.hasOwnProperty.call(m, "health") && m.health !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.health);
                if (m.levelPercent != null && $Object.hasOwnProperty.call(m, "levelPercent") && m.levelPercent !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.levelPercent);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ComponentStatus message, length delimited. Does not implicitly {@link edge.v1.ComponentStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {edge.v1.ComponentStatus.$Properties} message ComponentStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ComponentStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ComponentStatus message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape} ComponentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ComponentStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.ComponentStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.component = v;
                            else
                                delete m.component;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.health = v;
                            else
                                delete m.health;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.levelPercent = v;
                            else
                                delete m.levelPercent;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ComponentStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape} ComponentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ComponentStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ComponentStatus message.
             * @function verify
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ComponentStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                    if (!$util.isString(m.component))
                        return "component: string expected";
                }
                if (m.health != null && $Object.hasOwnProperty.call(m, "health")) {
                    if (typeof m.health !== "number" || (m.health | 0) !== m.health)
                        return "health: enum value expected";
                }
                if (m.levelPercent != null && $Object.hasOwnProperty.call(m, "levelPercent")) {
                    if (!$util.isInteger(m.levelPercent))
                        return "levelPercent: integer expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a ComponentStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.ComponentStatus} ComponentStatus
             */
            ComponentStatus.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.ComponentStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.ComponentStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.ComponentStatus();
                if (d.component != null) {
                    if (typeof d.component !== "string" || d.component.length) {
                        m.component = $String(d.component);
                    }
                }
                if (d.health !== 0 && (typeof d.health !== "string" || $root.edge.v1.ComponentHealth[d.health] !== 0)) {
                    switch (d.health) {
                    case "COMPONENT_HEALTH_UNSPECIFIED":
                    case 0:
                        m.health = 0;
                        break;
                    case "COMPONENT_HEALTH_OK":
                    case 1:
                        m.health = 1;
                        break;
                    case "COMPONENT_HEALTH_LOW":
                    case 2:
                        m.health = 2;
                        break;
                    case "COMPONENT_HEALTH_EMPTY":
                    case 3:
                        m.health = 3;
                        break;
                    case "COMPONENT_HEALTH_FAULT":
                    case 4:
                        m.health = 4;
                        break;
                    case "COMPONENT_HEALTH_OFFLINE":
                    case 5:
                        m.health = 5;
                        break;
                    default:
                        if (typeof d.health === "number" && (d.health | 0) === d.health)
                            m.health = d.health;
                    }
                }
                if (d.levelPercent != null) {
                    if ($Number(d.levelPercent) !== 0) {
                        m.levelPercent = d.levelPercent >>> 0;
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ComponentStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {edge.v1.ComponentStatus} m ComponentStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ComponentStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.component = "";
                    d.health = o.enums === $String ? "COMPONENT_HEALTH_UNSPECIFIED" : 0;
                    d.levelPercent = 0;
                    d.detail = "";
                }
                if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                    d.component = m.component;
                }
                if (m.health != null && $Object.hasOwnProperty.call(m, "health")) {
                    d.health = o.enums === $String ? $root.edge.v1.ComponentHealth[m.health] === $undefined ? m.health : $root.edge.v1.ComponentHealth[m.health] : m.health;
                }
                if (m.levelPercent != null && $Object.hasOwnProperty.call(m, "levelPercent")) {
                    d.levelPercent = m.levelPercent;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this ComponentStatus to JSON.
             * @function toJSON
             * @memberof edge.v1.ComponentStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ComponentStatus.prototype.toJSON = function() {
                return ComponentStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ComponentStatus
             * @function getTypeUrl
             * @memberof edge.v1.ComponentStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ComponentStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.ComponentStatus";
            };

            return ComponentStatus;
        })();

        v1.SlotStock = (function() {

            /**
             * Properties of a SlotStock.
             * @typedef {Object} edge.v1.SlotStock.$Properties
             * @property {number|null} [slot] SlotStock slot
             * @property {string|null} [sku] SlotStock sku
             * @property {number|null} [quantity] SlotStock quantity
             * @property {number|null} [capacity] SlotStock capacity
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlotStock.
             * @memberof edge.v1
             * @interface ISlotStock
             * @augments edge.v1.SlotStock.$Properties
             * @deprecated Use edge.v1.SlotStock.$Properties instead.
             */

            /**
             * Shape of a SlotStock.
             * @typedef {edge.v1.SlotStock.$Properties} edge.v1.SlotStock.$Shape
             */

            /**
             * Constructs a new SlotStock.
             * @memberof edge.v1
             * @classdesc Represents a SlotStock.
             * @constructor
             * @param {edge.v1.SlotStock.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SlotStock = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SlotStock slot.
             * @member {number} slot
             * @memberof edge.v1.SlotStock
             * @instance
             */
            SlotStock.prototype.slot = 0;

            /**
             * SlotStock sku.
             * @member {string} sku
             * @memberof edge.v1.SlotStock
             * @instance
             */
            SlotStock.prototype.sku = "";

            /**
             * SlotStock quantity.
             * @member {number} quantity
             * @memberof edge.v1.SlotStock
             * @instance
             */
            SlotStock.prototype.quantity = 0;

            /**
             * SlotStock capacity.
             * @member {number} capacity
             * @memberof edge.v1.SlotStock
             * @instance
             */
            SlotStock.prototype.capacity = 0;

            /**
             * Creates a new SlotStock instance using the specified properties.
             * @function create
             * @memberof edge.v1.SlotStock
             * @static
             * @param {edge.v1.SlotStock.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SlotStock} SlotStock instance
             * @type {{
             *   (properties: edge.v1.SlotStock.$Shape): edge.v1.SlotStock & edge.v1.SlotStock.$Shape;
             *   (properties?: edge.v1.SlotStock.$Properties): edge.v1.SlotStock;
             * }}
             */
            SlotStock.create = function(properties) {
                return new SlotStock(properties);
            };

            /**
             * Encodes the specified SlotStock message. Does not implicitly {@link edge.v1.SlotStock.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SlotStock
             * @static
             * @param {edge.v1.SlotStock.$Properties} m SlotStock message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotStock.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && m.slot !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.slot);
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku") && m.sku !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sku);
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity") && m.quantity !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.quantity);
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && m.capacity !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.capacity);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SlotStock message, length delimited. Does not implicitly {@link edge.v1.SlotStock.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SlotStock
             * @static
             * @param {edge.v1.SlotStock.$Properties} message SlotStock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotStock.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SlotStock message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SlotStock
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SlotStock & edge.v1.SlotStock.$Shape} SlotStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotStock.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SlotStock();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sku = v;
                            else
                                delete m.sku;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.quantity = v;
                            else
                                delete m.quantity;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.capacity = v;
                            else
                                delete m.capacity;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SlotStock message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SlotStock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SlotStock & edge.v1.SlotStock.$Shape} SlotStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotStock.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SlotStock message.
             * @function verify
             * @memberof edge.v1.SlotStock
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SlotStock.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (!$util.isInteger(m.slot))
                        return "slot: integer expected";
                }
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    if (!$util.isString(m.sku))
                        return "sku: string expected";
                }
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity")) {
                    if (!$util.isInteger(m.quantity))
                        return "quantity: integer expected";
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    if (!$util.isInteger(m.capacity))
                        return "capacity: integer expected";
                }
                return null;
            };

            /**
             * Creates a SlotStock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SlotStock
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SlotStock} SlotStock
             */
            SlotStock.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SlotStock)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SlotStock: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SlotStock();
                if (d.slot != null) {
                    if ($Number(d.slot) !== 0) {
                        m.slot = d.slot >>> 0;
                    }
                }
                if (d.sku != null) {
                    if (typeof d.sku !== "string" || d.sku.length) {
                        m.sku = $String(d.sku);
                    }
                }
                if (d.quantity != null) {
                    if ($Number(d.quantity) !== 0) {
                        m.quantity = d.quantity >>> 0;
                    }
                }
                if (d.capacity != null) {
                    if ($Number(d.capacity) !== 0) {
                        m.capacity = d.capacity >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SlotStock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SlotStock
             * @static
             * @param {edge.v1.SlotStock} m SlotStock
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SlotStock.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.slot = 0;
                    d.sku = "";
                    d.quantity = 0;
                    d.capacity = 0;
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    d.slot = m.slot;
                }
                if (m.sku != null && $Object.hasOwnProperty.call(m, "sku")) {
                    d.sku = m.sku;
                }
                if (m.quantity != null && $Object.hasOwnProperty.call(m, "quantity")) {
                    d.quantity = m.quantity;
                }
                if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                    d.capacity = m.capacity;
                }
                return d;
            };

            /**
             * Converts this SlotStock to JSON.
             * @function toJSON
             * @memberof edge.v1.SlotStock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SlotStock.prototype.toJSON = function() {
                return SlotStock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SlotStock
             * @function getTypeUrl
             * @memberof edge.v1.SlotStock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SlotStock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SlotStock";
            };

            return SlotStock;
        })();

        /**
         * DoorState enum.
         * @name edge.v1.DoorState
         * @enum {number}
         * @property {number} DOOR_STATE_UNSPECIFIED=0 DOOR_STATE_UNSPECIFIED value
         * @property {number} DOOR_STATE_CLOSED=1 DOOR_STATE_CLOSED value
         * @property {number} DOOR_STATE_OPEN=2 DOOR_STATE_OPEN value
         * @property {number} DOOR_STATE_FORCED=3 DOOR_STATE_FORCED value
         * @property {number} DOOR_STATE_FAULT=4 DOOR_STATE_FAULT value
         */
        v1.DoorState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DOOR_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DOOR_STATE_CLOSED"] = 1;
            values[valuesById[2] = "DOOR_STATE_OPEN"] = 2;
            values[valuesById[3] = "DOOR_STATE_FORCED"] = 3;
            values[valuesById[4] = "DOOR_STATE_FAULT"] = 4;
            return values;
        })();

        v1.Compartment = (function() {

            /**
             * Properties of a Compartment.
             * @typedef {Object} edge.v1.Compartment.$Properties
             * @property {number|null} [number] Compartment number
             * @property {edge.v1.DoorState|null} [door] Compartment door
             * @property {boolean|null} [occupied] Compartment occupied
             * @property {string|null} [documentRef] Compartment documentRef
             * @property {number|null} [depositedMs] Compartment depositedMs
             * @property {boolean|null} [overdue] Compartment overdue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Compartment.
             * @memberof edge.v1
             * @interface ICompartment
             * @augments edge.v1.Compartment.$Properties
             * @deprecated Use edge.v1.Compartment.$Properties instead.
             */

            /**
             * Shape of a Compartment.
             * @typedef {edge.v1.Compartment.$Properties} edge.v1.Compartment.$Shape
             */

            /**
             * Constructs a new Compartment.
             * @memberof edge.v1
             * @classdesc Represents a Compartment.
             * @constructor
             * @param {edge.v1.Compartment.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Compartment = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Compartment number.
             * @member {number} number
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.number = 0;

            /**
             * Compartment door.
             * @member {edge.v1.DoorState} door
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.door = 0;

            /**
             * Compartment occupied.
             * @member {boolean} occupied
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.occupied = false;

            /**
             * Compartment documentRef.
             * @member {string} documentRef
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.documentRef = "";

            /**
             * Compartment depositedMs.
             * @member {number} depositedMs
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.depositedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Compartment overdue.
             * @member {boolean} overdue
             * @memberof edge.v1.Compartment
             * @instance
             */
            Compartment.prototype.overdue = false;

            /**
             * Creates a new Compartment instance using the specified properties.
             * @function create
             * @memberof edge.v1.Compartment
             * @static
             * @param {edge.v1.Compartment.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Compartment} Compartment instance
             * @type {{
             *   (properties: edge.v1.Compartment.$Shape): edge.v1.Compartment & edge.v1.Compartment.$Shape;
             *   (properties?: edge.v1.Compartment.$Properties): edge.v1.Compartment;
             * }}
             */
            Compartment.create = function(properties) {
                return new Compartment(properties);
            };

            /**
             * Encodes the specified Compartment message. Does not implicitly {@link edge.v1.Compartment.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Compartment
             * @static
             * @param {edge.v1.Compartment.$Properties} m Compartment message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Compartment.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.number != null && $Object.hasOwnProperty.call(m, "number") && m.number !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.number);
                if (m.door != null && $Object.hasOwnProperty.call(m, "door") && m.door !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.door);
                if (m.occupied != null && $Object.hasOwnProperty.call(m, "occupied") && m.occupied !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.occupied);
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef") && m.documentRef !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.documentRef);
                if (m.depositedMs != null && $Object.hasOwnProperty.call(m, "depositedMs") && (typeof m.depositedMs === "object" ? m.depositedMs.low || m.depositedMs.high : m.depositedMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.depositedMs);
                if (m.overdue != null && $Object.hasOwnProperty.call(m, "overdue") && m.overdue !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.overdue);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Compartment message, length delimited. Does not implicitly {@link edge.v1.Compartment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Compartment
             * @static
             * @param {edge.v1.Compartment.$Properties} message Compartment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Compartment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Compartment message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Compartment
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Compartment & edge.v1.Compartment.$Shape} Compartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Compartment.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Compartment();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.number = v;
                            else
                                delete m.number;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.door = v;
                            else
                                delete m.door;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.occupied = v;
                            else
                                delete m.occupied;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.documentRef = v;
                            else
                                delete m.documentRef;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.depositedMs = v;
                            else
                                delete m.depositedMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.overdue = v;
                            else
                                delete m.overdue;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Compartment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Compartment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Compartment & edge.v1.Compartment.$Shape} Compartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Compartment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Compartment message.
             * @function verify
             * @memberof edge.v1.Compartment
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Compartment.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.number != null && $Object.hasOwnProperty.call(m, "number")) {
                    if (!$util.isInteger(m.number))
                        return "number: integer expected";
                }
                if (m.door != null && $Object.hasOwnProperty.call(m, "door")) {
                    if (typeof m.door !== "number" || (m.door | 0) !== m.door)
                        return "door: enum value expected";
                }
                if (m.occupied != null && $Object.hasOwnProperty.call(m, "occupied")) {
                    if (typeof m.occupied !== "boolean")
                        return "occupied: boolean expected";
                }
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    if (!$util.isString(m.documentRef))
                        return "documentRef: string expected";
                }
                if (m.depositedMs != null && $Object.hasOwnProperty.call(m, "depositedMs")) {
                    if (!$util.isInteger(m.depositedMs) && !(m.depositedMs && $util.isInteger(m.depositedMs.low) && $util.isInteger(m.depositedMs.high)))
                        return "depositedMs: integer|Long expected";
                }
                if (m.overdue != null && $Object.hasOwnProperty.call(m, "overdue")) {
                    if (typeof m.overdue !== "boolean")
                        return "overdue: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Compartment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Compartment
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Compartment} Compartment
             */
            Compartment.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Compartment)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Compartment: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Compartment();
                if (d.number != null) {
                    if ($Number(d.number) !== 0) {
                        m.number = d.number >>> 0;
                    }
                }
                if (d.door !== 0 && (typeof d.door !== "string" || $root.edge.v1.DoorState[d.door] !== 0)) {
                    switch (d.door) {
                    case "DOOR_STATE_UNSPECIFIED":
                    case 0:
                        m.door = 0;
                        break;
                    case "DOOR_STATE_CLOSED":
                    case 1:
                        m.door = 1;
                        break;
                    case "DOOR_STATE_OPEN":
                    case 2:
                        m.door = 2;
                        break;
                    case "DOOR_STATE_FORCED":
                    case 3:
                        m.door = 3;
                        break;
                    case "DOOR_STATE_FAULT":
                    case 4:
                        m.door = 4;
                        break;
                    default:
                        if (typeof d.door === "number" && (d.door | 0) === d.door)
                            m.door = d.door;
                    }
                }
                if (d.occupied != null) {
                    if (d.occupied) {
                        m.occupied = $Boolean(d.occupied);
                    }
                }
                if (d.documentRef != null) {
                    if (typeof d.documentRef !== "string" || d.documentRef.length) {
                        m.documentRef = $String(d.documentRef);
                    }
                }
                if (d.depositedMs != null) {
                    if (typeof d.depositedMs === "object" ? d.depositedMs.low || d.depositedMs.high : $Number(d.depositedMs) !== 0) {
                        if ($util.Long)
                            m.depositedMs = $util.Long.fromValue(d.depositedMs, false);
                        else if (typeof d.depositedMs === "string")
                            m.depositedMs = $parseInt(d.depositedMs, 10);
                        else if (typeof d.depositedMs === "number")
                            m.depositedMs = d.depositedMs;
                        else if (typeof d.depositedMs === "object")
                            m.depositedMs = new $util.LongBits(d.depositedMs.low >>> 0, d.depositedMs.high >>> 0).toNumber();
                    }
                }
                if (d.overdue != null) {
                    if (d.overdue) {
                        m.overdue = $Boolean(d.overdue);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Compartment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Compartment
             * @static
             * @param {edge.v1.Compartment} m Compartment
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Compartment.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.number = 0;
                    d.door = o.enums === $String ? "DOOR_STATE_UNSPECIFIED" : 0;
                    d.occupied = false;
                    d.documentRef = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.depositedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.depositedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.overdue = false;
                }
                if (m.number != null && $Object.hasOwnProperty.call(m, "number")) {
                    d.number = m.number;
                }
                if (m.door != null && $Object.hasOwnProperty.call(m, "door")) {
                    d.door = o.enums === $String ? $root.edge.v1.DoorState[m.door] === $undefined ? m.door : $root.edge.v1.DoorState[m.door] : m.door;
                }
                if (m.occupied != null && $Object.hasOwnProperty.call(m, "occupied")) {
                    d.occupied = m.occupied;
                }
                if (m.documentRef != null && $Object.hasOwnProperty.call(m, "documentRef")) {
                    d.documentRef = m.documentRef;
                }
                if (m.depositedMs != null && $Object.hasOwnProperty.call(m, "depositedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.depositedMs = typeof m.depositedMs === "number" ? $BigInt(m.depositedMs) : $util.Long.fromBits(m.depositedMs.low >>> 0, m.depositedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.depositedMs === "number")
                        d.depositedMs = o.longs === $String ? $String(m.depositedMs) : m.depositedMs;
                    else
                        d.depositedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.depositedMs) : o.longs === $Number ? new $util.LongBits(m.depositedMs.low >>> 0, m.depositedMs.high >>> 0).toNumber() : m.depositedMs;
                }
                if (m.overdue != null && $Object.hasOwnProperty.call(m, "overdue")) {
                    d.overdue = m.overdue;
                }
                return d;
            };

            /**
             * Converts this Compartment to JSON.
             * @function toJSON
             * @memberof edge.v1.Compartment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Compartment.prototype.toJSON = function() {
                return Compartment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Compartment
             * @function getTypeUrl
             * @memberof edge.v1.Compartment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Compartment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Compartment";
            };

            return Compartment;
        })();

        v1.Metric = (function() {

            /**
             * Properties of a Metric.
             * @typedef {Object} edge.v1.Metric.$Properties
             * @property {string|null} [name] Metric name
             * @property {number|null} [value] Metric value
             * @property {string|null} [unit] Metric unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Metric.
             * @memberof edge.v1
             * @interface IMetric
             * @augments edge.v1.Metric.$Properties
             * @deprecated Use edge.v1.Metric.$Properties instead.
             */

            /**
             * Shape of a Metric.
             * @typedef {edge.v1.Metric.$Properties} edge.v1.Metric.$Shape
             */

            /**
             * Constructs a new Metric.
             * @memberof edge.v1
             * @classdesc Represents a Metric.
             * @constructor
             * @param {edge.v1.Metric.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Metric = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Metric name.
             * @member {string} name
             * @memberof edge.v1.Metric
             * @instance
             */
            Metric.prototype.name = "";

            /**
             * Metric value.
             * @member {number} value
             * @memberof edge.v1.Metric
             * @instance
             */
            Metric.prototype.value = 0;

            /**
             * Metric unit.
             * @member {string} unit
             * @memberof edge.v1.Metric
             * @instance
             */
            Metric.prototype.unit = "";

            /**
             * Creates a new Metric instance using the specified properties.
             * @function create
             * @memberof edge.v1.Metric
             * @static
             * @param {edge.v1.Metric.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Metric} Metric instance
             * @type {{
             *   (properties: edge.v1.Metric.$Shape): edge.v1.Metric & edge.v1.Metric.$Shape;
             *   (properties?: edge.v1.Metric.$Properties): edge.v1.Metric;
             * }}
             */
            Metric.create = function(properties) {
                return new Metric(properties);
            };

            /**
             * Encodes the specified Metric message. Does not implicitly {@link edge.v1.Metric.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Metric
             * @static
             * @param {edge.v1.Metric.$Properties} m Metric message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metric.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.value);
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.unit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Metric message, length delimited. Does not implicitly {@link edge.v1.Metric.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Metric
             * @static
             * @param {edge.v1.Metric.$Properties} message Metric message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metric.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Metric message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Metric
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Metric & edge.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metric.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Metric();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.unit = v;
                            else
                                delete m.unit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Metric message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Metric
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Metric & edge.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metric.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Metric message.
             * @function verify
             * @memberof edge.v1.Metric
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Metric.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    if (!$util.isString(m.unit))
                        return "unit: string expected";
                }
                return null;
            };

            /**
             * Creates a Metric message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Metric
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Metric} Metric
             */
            Metric.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Metric)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Metric: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Metric();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.unit != null) {
                    if (typeof d.unit !== "string" || d.unit.length) {
                        m.unit = $String(d.unit);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Metric message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Metric
             * @static
             * @param {edge.v1.Metric} m Metric
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Metric.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.value = 0;
                    d.unit = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                    d.unit = m.unit;
                }
                return d;
            };

            /**
             * Converts this Metric to JSON.
             * @function toJSON
             * @memberof edge.v1.Metric
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Metric.prototype.toJSON = function() {
                return Metric.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Metric
             * @function getTypeUrl
             * @memberof edge.v1.Metric
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Metric.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Metric";
            };

            return Metric;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} edge.v1.Telemetry.$Properties
             * @property {Array.<edge.v1.ComponentStatus.$Properties>|null} [components] Telemetry components
             * @property {Array.<edge.v1.SlotStock.$Properties>|null} [stock] Telemetry stock
             * @property {Array.<edge.v1.Compartment.$Properties>|null} [compartments] Telemetry compartments
             * @property {Array.<edge.v1.Metric.$Properties>|null} [metrics] Telemetry metrics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof edge.v1
             * @interface ITelemetry
             * @augments edge.v1.Telemetry.$Properties
             * @deprecated Use edge.v1.Telemetry.$Properties instead.
             */

            /**
             * Shape of a Telemetry.
             * @typedef {edge.v1.Telemetry.$Properties} edge.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof edge.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {edge.v1.Telemetry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (p) {
                this.components = [];
                this.stock = [];
                this.compartments = [];
                this.metrics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Telemetry components.
             * @member {Array.<edge.v1.ComponentStatus.$Properties>} components
             * @memberof edge.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.components = $util.emptyArray;

            /**
             * Telemetry stock.
             * @member {Array.<edge.v1.SlotStock.$Properties>} stock
             * @memberof edge.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.stock = $util.emptyArray;

            /**
             * Telemetry compartments.
             * @member {Array.<edge.v1.Compartment.$Properties>} compartments
             * @memberof edge.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.compartments = $util.emptyArray;

            /**
             * Telemetry metrics.
             * @member {Array.<edge.v1.Metric.$Properties>} metrics
             * @memberof edge.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.metrics = $util.emptyArray;

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof edge.v1.Telemetry
             * @static
             * @param {edge.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: edge.v1.Telemetry.$Shape): edge.v1.Telemetry & edge.v1.Telemetry.$Shape;
             *   (properties?: edge.v1.Telemetry.$Properties): edge.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link edge.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Telemetry
             * @static
             * @param {edge.v1.Telemetry.$Properties} m Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.components != null && m.components.length) {
                    for (var i = 0; i < m.components.length; ++i)
                        $root.edge.v1.ComponentStatus.encode(m.components[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.stock != null && m.stock.length) {
                    for (var i = 0; i < m.stock.length; ++i)
                        $root.edge.v1.SlotStock.encode(m.stock[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.compartments != null && m.compartments.length) {
                    for (var i = 0; i < m.compartments.length; ++i)
                        $root.edge.v1.Compartment.encode(m.compartments[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.metrics != null && m.metrics.length) {
                    for (var i = 0; i < m.metrics.length; ++i)
                        $root.edge.v1.Metric.encode(m.metrics[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link edge.v1.Telemetry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Telemetry
             * @static
             * @param {edge.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Telemetry & edge.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Telemetry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.components && m.components.length))
                                m.components = [];
                            m.components.push($root.edge.v1.ComponentStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.stock && m.stock.length))
                                m.stock = [];
                            m.stock.push($root.edge.v1.SlotStock.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.compartments && m.compartments.length))
                                m.compartments = [];
                            m.compartments.push($root.edge.v1.Compartment.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.metrics && m.metrics.length))
                                m.metrics = [];
                            m.metrics.push($root.edge.v1.Metric.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Telemetry & edge.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Telemetry message.
             * @function verify
             * @memberof edge.v1.Telemetry
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Telemetry.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.components != null && $Object.hasOwnProperty.call(m, "components")) {
                    if (!$Array.isArray(m.components))
                        return "components: array expected";
                    for (var i = 0; i < m.components.length; ++i) {
                        {
                            var e = $root.edge.v1.ComponentStatus.verify(m.components[i], q + 1);
                            if (e)
                                return "components." + e;
                        }
                    }
                }
                if (m.stock != null && $Object.hasOwnProperty.call(m, "stock")) {
                    if (!$Array.isArray(m.stock))
                        return "stock: array expected";
                    for (var i = 0; i < m.stock.length; ++i) {
                        {
                            var e = $root.edge.v1.SlotStock.verify(m.stock[i], q + 1);
                            if (e)
                                return "stock." + e;
                        }
                    }
                }
                if (m.compartments != null && $Object.hasOwnProperty.call(m, "compartments")) {
                    if (!$Array.isArray(m.compartments))
                        return "compartments: array expected";
                    for (var i = 0; i < m.compartments.length; ++i) {
                        {
                            var e = $root.edge.v1.Compartment.verify(m.compartments[i], q + 1);
                            if (e)
                                return "compartments." + e;
                        }
                    }
                }
                if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                    if (!$Array.isArray(m.metrics))
                        return "metrics: array expected";
                    for (var i = 0; i < m.metrics.length; ++i) {
                        {
                            var e = $root.edge.v1.Metric.verify(m.metrics[i], q + 1);
                            if (e)
                                return "metrics." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Telemetry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Telemetry} Telemetry
             */
            Telemetry.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Telemetry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Telemetry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Telemetry();
                if (d.components) {
                    if (!$Array.isArray(d.components))
                        throw $TypeError(".edge.v1.Telemetry.components: array expected");
                    m.components = $Array(d.components.length);
                    for (var i = 0; i < d.components.length; ++i) {
                        if (!$util.isObject(d.components[i]))
                            throw $TypeError(".edge.v1.Telemetry.components: object expected");
                        m.components[i] = $root.edge.v1.ComponentStatus.fromObject(d.components[i], q + 1);
                    }
                }
                if (d.stock) {
                    if (!$Array.isArray(d.stock))
                        throw $TypeError(".edge.v1.Telemetry.stock: array expected");
                    m.stock = $Array(d.stock.length);
                    for (var i = 0; i < d.stock.length; ++i) {
                        if (!$util.isObject(d.stock[i]))
                            throw $TypeError(".edge.v1.Telemetry.stock: object expected");
                        m.stock[i] = $root.edge.v1.SlotStock.fromObject(d.stock[i], q + 1);
                    }
                }
                if (d.compartments) {
                    if (!$Array.isArray(d.compartments))
                        throw $TypeError(".edge.v1.Telemetry.compartments: array expected");
                    m.compartments = $Array(d.compartments.length);
                    for (var i = 0; i < d.compartments.length; ++i) {
                        if (!$util.isObject(d.compartments[i]))
                            throw $TypeError(".edge.v1.Telemetry.compartments: object expected");
                        m.compartments[i] = $root.edge.v1.Compartment.fromObject(d.compartments[i], q + 1);
                    }
                }
                if (d.metrics) {
                    if (!$Array.isArray(d.metrics))
                        throw $TypeError(".edge.v1.Telemetry.metrics: array expected");
                    m.metrics = $Array(d.metrics.length);
                    for (var i = 0; i < d.metrics.length; ++i) {
                        if (!$util.isObject(d.metrics[i]))
                            throw $TypeError(".edge.v1.Telemetry.metrics: object expected");
                        m.metrics[i] = $root.edge.v1.Metric.fromObject(d.metrics[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Telemetry
             * @static
             * @param {edge.v1.Telemetry} m Telemetry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Telemetry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.components = [];
                    d.stock = [];
                    d.compartments = [];
                    d.metrics = [];
                }
                if (m.components && m.components.length) {
                    d.components = $Array(m.components.length);
                    for (var j = 0; j < m.components.length; ++j) {
                        d.components[j] = $root.edge.v1.ComponentStatus.toObject(m.components[j], o, q + 1);
                    }
                }
                if (m.stock && m.stock.length) {
                    d.stock = $Array(m.stock.length);
                    for (var j = 0; j < m.stock.length; ++j) {
                        d.stock[j] = $root.edge.v1.SlotStock.toObject(m.stock[j], o, q + 1);
                    }
                }
                if (m.compartments && m.compartments.length) {
                    d.compartments = $Array(m.compartments.length);
                    for (var j = 0; j < m.compartments.length; ++j) {
                        d.compartments[j] = $root.edge.v1.Compartment.toObject(m.compartments[j], o, q + 1);
                    }
                }
                if (m.metrics && m.metrics.length) {
                    d.metrics = $Array(m.metrics.length);
                    for (var j = 0; j < m.metrics.length; ++j) {
                        d.metrics[j] = $root.edge.v1.Metric.toObject(m.metrics[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof edge.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Telemetry
             * @function getTypeUrl
             * @memberof edge.v1.Telemetry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Telemetry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Telemetry";
            };

            return Telemetry;
        })();

        /**
         * Severity enum.
         * @name edge.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_INFO=1 SEVERITY_INFO value
         * @property {number} SEVERITY_WARNING=2 SEVERITY_WARNING value
         * @property {number} SEVERITY_ALARM=3 SEVERITY_ALARM value
         * @property {number} SEVERITY_CRITICAL=4 SEVERITY_CRITICAL value
         */
        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_INFO"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_ALARM"] = 3;
            values[valuesById[4] = "SEVERITY_CRITICAL"] = 4;
            return values;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} edge.v1.Event.$Properties
             * @property {string|null} [code] Event code
             * @property {edge.v1.Severity|null} [severity] Event severity
             * @property {string|null} [message] Event message
             * @property {string|null} [component] Event component
             * @property {boolean|null} [active] Event active
             * @property {number|null} [compartment] Event compartment
             * @property {number|null} [slot] Event slot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof edge.v1
             * @interface IEvent
             * @augments edge.v1.Event.$Properties
             * @deprecated Use edge.v1.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {edge.v1.Event.$Properties} edge.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof edge.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {edge.v1.Event.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Event code.
             * @member {string} code
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.code = "";

            /**
             * Event severity.
             * @member {edge.v1.Severity} severity
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.severity = 0;

            /**
             * Event message.
             * @member {string} message
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.message = "";

            /**
             * Event component.
             * @member {string} component
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.component = "";

            /**
             * Event active.
             * @member {boolean} active
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.active = false;

            /**
             * Event compartment.
             * @member {number} compartment
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.compartment = 0;

            /**
             * Event slot.
             * @member {number} slot
             * @memberof edge.v1.Event
             * @instance
             */
            Event.prototype.slot = 0;

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof edge.v1.Event
             * @static
             * @param {edge.v1.Event.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Event} Event instance
             * @type {{
             *   (properties: edge.v1.Event.$Shape): edge.v1.Event & edge.v1.Event.$Shape;
             *   (properties?: edge.v1.Event.$Properties): edge.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link edge.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Event
             * @static
             * @param {edge.v1.Event.$Properties} m Event message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity") && m.severity !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.severity);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.component != null && $Object.hasOwnProperty.call(m, "component") && m.component !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.component);
                if (m.active != null && $Object.hasOwnProperty.call(m, "active") && m.active !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.active);
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment") && m.compartment !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.compartment);
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && m.slot !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.slot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link edge.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Event
             * @static
             * @param {edge.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Event & edge.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Event();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.severity = v;
                            else
                                delete m.severity;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.component = v;
                            else
                                delete m.component;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.active = v;
                            else
                                delete m.active;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.compartment = v;
                            else
                                delete m.compartment;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Event & edge.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof edge.v1.Event
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (!$util.isString(m.code))
                        return "code: string expected";
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    if (typeof m.severity !== "number" || (m.severity | 0) !== m.severity)
                        return "severity: enum value expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                    if (!$util.isString(m.component))
                        return "component: string expected";
                }
                if (m.active != null && $Object.hasOwnProperty.call(m, "active")) {
                    if (typeof m.active !== "boolean")
                        return "active: boolean expected";
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    if (!$util.isInteger(m.compartment))
                        return "compartment: integer expected";
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (!$util.isInteger(m.slot))
                        return "slot: integer expected";
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Event
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Event} Event
             */
            Event.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Event)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Event: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Event();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.severity !== 0 && (typeof d.severity !== "string" || $root.edge.v1.Severity[d.severity] !== 0)) {
                    switch (d.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        m.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        m.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        m.severity = 2;
                        break;
                    case "SEVERITY_ALARM":
                    case 3:
                        m.severity = 3;
                        break;
                    case "SEVERITY_CRITICAL":
                    case 4:
                        m.severity = 4;
                        break;
                    default:
                        if (typeof d.severity === "number" && (d.severity | 0) === d.severity)
                            m.severity = d.severity;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.component != null) {
                    if (typeof d.component !== "string" || d.component.length) {
                        m.component = $String(d.component);
                    }
                }
                if (d.active != null) {
                    if (d.active) {
                        m.active = $Boolean(d.active);
                    }
                }
                if (d.compartment != null) {
                    if ($Number(d.compartment) !== 0) {
                        m.compartment = d.compartment >>> 0;
                    }
                }
                if (d.slot != null) {
                    if ($Number(d.slot) !== 0) {
                        m.slot = d.slot >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Event
             * @static
             * @param {edge.v1.Event} m Event
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.severity = o.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    d.message = "";
                    d.component = "";
                    d.active = false;
                    d.compartment = 0;
                    d.slot = 0;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                    d.severity = o.enums === $String ? $root.edge.v1.Severity[m.severity] === $undefined ? m.severity : $root.edge.v1.Severity[m.severity] : m.severity;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.component != null && $Object.hasOwnProperty.call(m, "component")) {
                    d.component = m.component;
                }
                if (m.active != null && $Object.hasOwnProperty.call(m, "active")) {
                    d.active = m.active;
                }
                if (m.compartment != null && $Object.hasOwnProperty.call(m, "compartment")) {
                    d.compartment = m.compartment;
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    d.slot = m.slot;
                }
                return d;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof edge.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof edge.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Event";
            };

            return Event;
        })();

        /**
         * ServiceMode enum.
         * @name edge.v1.ServiceMode
         * @enum {number}
         * @property {number} SERVICE_MODE_UNSPECIFIED=0 SERVICE_MODE_UNSPECIFIED value
         * @property {number} SERVICE_MODE_IN_SERVICE=1 SERVICE_MODE_IN_SERVICE value
         * @property {number} SERVICE_MODE_OUT_OF_SERVICE=2 SERVICE_MODE_OUT_OF_SERVICE value
         * @property {number} SERVICE_MODE_MAINTENANCE=3 SERVICE_MODE_MAINTENANCE value
         */
        v1.ServiceMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERVICE_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SERVICE_MODE_IN_SERVICE"] = 1;
            values[valuesById[2] = "SERVICE_MODE_OUT_OF_SERVICE"] = 2;
            values[valuesById[3] = "SERVICE_MODE_MAINTENANCE"] = 3;
            return values;
        })();

        v1.DeviceState = (function() {

            /**
             * Properties of a DeviceState.
             * @typedef {Object} edge.v1.DeviceState.$Properties
             * @property {boolean|null} [online] DeviceState online
             * @property {edge.v1.ServiceMode|null} [mode] DeviceState mode
             * @property {string|null} [firmware] DeviceState firmware
             * @property {string|null} [model] DeviceState model
             * @property {string|null} [vendor] DeviceState vendor
             * @property {Array.<edge.v1.Compartment.$Properties>|null} [compartments] DeviceState compartments
             * @property {string|null} [detail] DeviceState detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceState.
             * @memberof edge.v1
             * @interface IDeviceState
             * @augments edge.v1.DeviceState.$Properties
             * @deprecated Use edge.v1.DeviceState.$Properties instead.
             */

            /**
             * Shape of a DeviceState.
             * @typedef {edge.v1.DeviceState.$Properties} edge.v1.DeviceState.$Shape
             */

            /**
             * Constructs a new DeviceState.
             * @memberof edge.v1
             * @classdesc Represents a DeviceState.
             * @constructor
             * @param {edge.v1.DeviceState.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceState = function (p) {
                this.compartments = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceState online.
             * @member {boolean} online
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.online = false;

            /**
             * DeviceState mode.
             * @member {edge.v1.ServiceMode} mode
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.mode = 0;

            /**
             * DeviceState firmware.
             * @member {string} firmware
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.firmware = "";

            /**
             * DeviceState model.
             * @member {string} model
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.model = "";

            /**
             * DeviceState vendor.
             * @member {string} vendor
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.vendor = "";

            /**
             * DeviceState compartments.
             * @member {Array.<edge.v1.Compartment.$Properties>} compartments
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.compartments = $util.emptyArray;

            /**
             * DeviceState detail.
             * @member {string} detail
             * @memberof edge.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.detail = "";

            /**
             * Creates a new DeviceState instance using the specified properties.
             * @function create
             * @memberof edge.v1.DeviceState
             * @static
             * @param {edge.v1.DeviceState.$Properties=} [properties] Properties to set
             * @returns {edge.v1.DeviceState} DeviceState instance
             * @type {{
             *   (properties: edge.v1.DeviceState.$Shape): edge.v1.DeviceState & edge.v1.DeviceState.$Shape;
             *   (properties?: edge.v1.DeviceState.$Properties): edge.v1.DeviceState;
             * }}
             */
            DeviceState.create = function(properties) {
                return new DeviceState(properties);
            };

            /**
             * Encodes the specified DeviceState message. Does not implicitly {@link edge.v1.DeviceState.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.DeviceState
             * @static
             * @param {edge.v1.DeviceState.$Properties} m DeviceState message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceState.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.online != null && $Object.hasOwnProperty.call(m, "online") && m.online !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.online);
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.mode);
                if (m.firmware != null && $Object.hasOwnProperty.call(m, "firmware") && m.firmware !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.firmware);
                if (m.model != null && $Object.hasOwnProperty.call(m, "model") && m.model !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.model);
                if (m.vendor != null && $Object.hasOwnProperty.call(m, "vendor") && m.vendor !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.vendor);
                if (m.compartments != null && m.compartments.length) {
                    for (var i = 0; i < m.compartments.length; ++i)
                        $root.edge.v1.Compartment.encode(m.compartments[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceState message, length delimited. Does not implicitly {@link edge.v1.DeviceState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.DeviceState
             * @static
             * @param {edge.v1.DeviceState.$Properties} message DeviceState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceState message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.DeviceState
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.DeviceState & edge.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceState.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.DeviceState();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.online = v;
                            else
                                delete m.online;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.mode = v;
                            else
                                delete m.mode;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.firmware = v;
                            else
                                delete m.firmware;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.model = v;
                            else
                                delete m.model;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vendor = v;
                            else
                                delete m.vendor;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.compartments && m.compartments.length))
                                m.compartments = [];
                            m.compartments.push($root.edge.v1.Compartment.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DeviceState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.DeviceState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceState & edge.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceState message.
             * @function verify
             * @memberof edge.v1.DeviceState
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceState.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    if (typeof m.online !== "boolean")
                        return "online: boolean expected";
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    if (typeof m.mode !== "number" || (m.mode | 0) !== m.mode)
                        return "mode: enum value expected";
                }
                if (m.firmware != null && $Object.hasOwnProperty.call(m, "firmware")) {
                    if (!$util.isString(m.firmware))
                        return "firmware: string expected";
                }
                if (m.model != null && $Object.hasOwnProperty.call(m, "model")) {
                    if (!$util.isString(m.model))
                        return "model: string expected";
                }
                if (m.vendor != null && $Object.hasOwnProperty.call(m, "vendor")) {
                    if (!$util.isString(m.vendor))
                        return "vendor: string expected";
                }
                if (m.compartments != null && $Object.hasOwnProperty.call(m, "compartments")) {
                    if (!$Array.isArray(m.compartments))
                        return "compartments: array expected";
                    for (var i = 0; i < m.compartments.length; ++i) {
                        {
                            var e = $root.edge.v1.Compartment.verify(m.compartments[i], q + 1);
                            if (e)
                                return "compartments." + e;
                        }
                    }
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a DeviceState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.DeviceState
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.DeviceState} DeviceState
             */
            DeviceState.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.DeviceState)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.DeviceState: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.DeviceState();
                if (d.online != null) {
                    if (d.online) {
                        m.online = $Boolean(d.online);
                    }
                }
                if (d.mode !== 0 && (typeof d.mode !== "string" || $root.edge.v1.ServiceMode[d.mode] !== 0)) {
                    switch (d.mode) {
                    case "SERVICE_MODE_UNSPECIFIED":
                    case 0:
                        m.mode = 0;
                        break;
                    case "SERVICE_MODE_IN_SERVICE":
                    case 1:
                        m.mode = 1;
                        break;
                    case "SERVICE_MODE_OUT_OF_SERVICE":
                    case 2:
                        m.mode = 2;
                        break;
                    case "SERVICE_MODE_MAINTENANCE":
                    case 3:
                        m.mode = 3;
                        break;
                    default:
                        if (typeof d.mode === "number" && (d.mode | 0) === d.mode)
                            m.mode = d.mode;
                    }
                }
                if (d.firmware != null) {
                    if (typeof d.firmware !== "string" || d.firmware.length) {
                        m.firmware = $String(d.firmware);
                    }
                }
                if (d.model != null) {
                    if (typeof d.model !== "string" || d.model.length) {
                        m.model = $String(d.model);
                    }
                }
                if (d.vendor != null) {
                    if (typeof d.vendor !== "string" || d.vendor.length) {
                        m.vendor = $String(d.vendor);
                    }
                }
                if (d.compartments) {
                    if (!$Array.isArray(d.compartments))
                        throw $TypeError(".edge.v1.DeviceState.compartments: array expected");
                    m.compartments = $Array(d.compartments.length);
                    for (var i = 0; i < d.compartments.length; ++i) {
                        if (!$util.isObject(d.compartments[i]))
                            throw $TypeError(".edge.v1.DeviceState.compartments: object expected");
                        m.compartments[i] = $root.edge.v1.Compartment.fromObject(d.compartments[i], q + 1);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.DeviceState
             * @static
             * @param {edge.v1.DeviceState} m DeviceState
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceState.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.compartments = [];
                }
                if (o.defaults) {
                    d.online = false;
                    d.mode = o.enums === $String ? "SERVICE_MODE_UNSPECIFIED" : 0;
                    d.firmware = "";
                    d.model = "";
                    d.vendor = "";
                    d.detail = "";
                }
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    d.online = m.online;
                }
                if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                    d.mode = o.enums === $String ? $root.edge.v1.ServiceMode[m.mode] === $undefined ? m.mode : $root.edge.v1.ServiceMode[m.mode] : m.mode;
                }
                if (m.firmware != null && $Object.hasOwnProperty.call(m, "firmware")) {
                    d.firmware = m.firmware;
                }
                if (m.model != null && $Object.hasOwnProperty.call(m, "model")) {
                    d.model = m.model;
                }
                if (m.vendor != null && $Object.hasOwnProperty.call(m, "vendor")) {
                    d.vendor = m.vendor;
                }
                if (m.compartments && m.compartments.length) {
                    d.compartments = $Array(m.compartments.length);
                    for (var j = 0; j < m.compartments.length; ++j) {
                        d.compartments[j] = $root.edge.v1.Compartment.toObject(m.compartments[j], o, q + 1);
                    }
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this DeviceState to JSON.
             * @function toJSON
             * @memberof edge.v1.DeviceState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceState.prototype.toJSON = function() {
                return DeviceState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceState
             * @function getTypeUrl
             * @memberof edge.v1.DeviceState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.DeviceState";
            };

            return DeviceState;
        })();

        v1.DeviceMessage = (function() {

            /**
             * Properties of a DeviceMessage.
             * @typedef {Object} edge.v1.DeviceMessage.$Properties
             * @property {string|null} [txId] DeviceMessage txId
             * @property {number|null} [timeMs] DeviceMessage timeMs
             * @property {edge.v1.Transaction.$Properties|null} [transaction] DeviceMessage transaction
             * @property {edge.v1.Telemetry.$Properties|null} [telemetry] DeviceMessage telemetry
             * @property {edge.v1.Event.$Properties|null} [event] DeviceMessage event
             * @property {edge.v1.DeviceState.$Properties|null} [state] DeviceMessage state
             * @property {"transaction"|"telemetry"|"event"|"state"} [body] DeviceMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceMessage.
             * @memberof edge.v1
             * @interface IDeviceMessage
             * @augments edge.v1.DeviceMessage.$Properties
             * @deprecated Use edge.v1.DeviceMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a DeviceMessage.
             * @typedef {{
             *   txId?: string|null;
             *   timeMs?: number|null;
             *   transaction?: edge.v1.Transaction.$Shape|null;
             *   telemetry?: edge.v1.Telemetry.$Shape|null;
             *   event?: edge.v1.Event.$Shape|null;
             *   state?: edge.v1.DeviceState.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; transaction?: null; telemetry?: null; event?: null; state?: null }|{ body?: "transaction"; transaction: edge.v1.Transaction.$Shape; telemetry?: null; event?: null; state?: null }|{ body?: "telemetry"; transaction?: null; telemetry: edge.v1.Telemetry.$Shape; event?: null; state?: null }|{ body?: "event"; transaction?: null; telemetry?: null; event: edge.v1.Event.$Shape; state?: null }|{ body?: "state"; transaction?: null; telemetry?: null; event?: null; state: edge.v1.DeviceState.$Shape })
             * )} edge.v1.DeviceMessage.$Shape
             */

            /**
             * Constructs a new DeviceMessage.
             * @memberof edge.v1
             * @classdesc Represents a DeviceMessage.
             * @constructor
             * @param {edge.v1.DeviceMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceMessage = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceMessage txId.
             * @member {string} txId
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.txId = "";

            /**
             * DeviceMessage timeMs.
             * @member {number} timeMs
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceMessage transaction.
             * @member {edge.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.transaction = null;

            /**
             * DeviceMessage telemetry.
             * @member {edge.v1.Telemetry.$Properties|null|undefined} telemetry
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.telemetry = null;

            /**
             * DeviceMessage event.
             * @member {edge.v1.Event.$Properties|null|undefined} event
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.event = null;

            /**
             * DeviceMessage state.
             * @member {edge.v1.DeviceState.$Properties|null|undefined} state
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            DeviceMessage.prototype.state = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * DeviceMessage body.
             * @member {"transaction"|"telemetry"|"event"|"state"|undefined} body
             * @memberof edge.v1.DeviceMessage
             * @instance
             */
            $Object.defineProperty(DeviceMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["transaction", "telemetry", "event", "state"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DeviceMessage instance using the specified properties.
             * @function create
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {edge.v1.DeviceMessage.$Properties=} [properties] Properties to set
             * @returns {edge.v1.DeviceMessage} DeviceMessage instance
             * @type {{
             *   (properties: edge.v1.DeviceMessage.$Shape): edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape;
             *   (properties?: edge.v1.DeviceMessage.$Properties): edge.v1.DeviceMessage;
             * }}
             */
            DeviceMessage.create = function(properties) {
                return new DeviceMessage(properties);
            };

            /**
             * Encodes the specified DeviceMessage message. Does not implicitly {@link edge.v1.DeviceMessage.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {edge.v1.DeviceMessage.$Properties} m DeviceMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.txId != null && $Object.hasOwnProperty.call(m, "txId") && m.txId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.txId);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeMs);
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction"))
                    $root.edge.v1.Transaction.encode(m.transaction, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry"))
                    $root.edge.v1.Telemetry.encode(m.telemetry, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.edge.v1.Event.encode(m.event, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.edge.v1.DeviceState.encode(m.state, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceMessage message, length delimited. Does not implicitly {@link edge.v1.DeviceMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {edge.v1.DeviceMessage.$Properties} message DeviceMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceMessage message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape} DeviceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.DeviceMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.txId = v;
                            else
                                delete m.txId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.transaction = $root.edge.v1.Transaction.decode(r, r.size(), $undefined, q + 1, m.transaction);
                            m.body = "transaction";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.telemetry = $root.edge.v1.Telemetry.decode(r, r.size(), $undefined, q + 1, m.telemetry);
                            m.body = "telemetry";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.event = $root.edge.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.body = "event";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.state = $root.edge.v1.DeviceState.decode(r, r.size(), $undefined, q + 1, m.state);
                            m.body = "state";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DeviceMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape} DeviceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceMessage message.
             * @function verify
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.txId != null && $Object.hasOwnProperty.call(m, "txId")) {
                    if (!$util.isString(m.txId))
                        return "txId: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction")) {
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Transaction.verify(m.transaction, q + 1);
                        if (e)
                            return "transaction." + e;
                    }
                }
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Telemetry.verify(m.telemetry, q + 1);
                        if (e)
                            return "telemetry." + e;
                    }
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Event.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.DeviceState.verify(m.state, q + 1);
                        if (e)
                            return "state." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a DeviceMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.DeviceMessage} DeviceMessage
             */
            DeviceMessage.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.DeviceMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.DeviceMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.DeviceMessage();
                if (d.txId != null) {
                    if (typeof d.txId !== "string" || d.txId.length) {
                        m.txId = $String(d.txId);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.transaction != null) {
                    if (!$util.isObject(d.transaction))
                        throw $TypeError(".edge.v1.DeviceMessage.transaction: object expected");
                    m.transaction = $root.edge.v1.Transaction.fromObject(d.transaction, q + 1);
                }
                if (d.telemetry != null) {
                    if (!$util.isObject(d.telemetry))
                        throw $TypeError(".edge.v1.DeviceMessage.telemetry: object expected");
                    m.telemetry = $root.edge.v1.Telemetry.fromObject(d.telemetry, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".edge.v1.DeviceMessage.event: object expected");
                    m.event = $root.edge.v1.Event.fromObject(d.event, q + 1);
                }
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw $TypeError(".edge.v1.DeviceMessage.state: object expected");
                    m.state = $root.edge.v1.DeviceState.fromObject(d.state, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {edge.v1.DeviceMessage} m DeviceMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.txId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.txId != null && $Object.hasOwnProperty.call(m, "txId")) {
                    d.txId = m.txId;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction")) {
                    d.transaction = $root.edge.v1.Transaction.toObject(m.transaction, o, q + 1);
                    if (o.oneofs)
                        d.body = "transaction";
                }
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry")) {
                    d.telemetry = $root.edge.v1.Telemetry.toObject(m.telemetry, o, q + 1);
                    if (o.oneofs)
                        d.body = "telemetry";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.edge.v1.Event.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.body = "event";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.edge.v1.DeviceState.toObject(m.state, o, q + 1);
                    if (o.oneofs)
                        d.body = "state";
                }
                return d;
            };

            /**
             * Converts this DeviceMessage to JSON.
             * @function toJSON
             * @memberof edge.v1.DeviceMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceMessage.prototype.toJSON = function() {
                return DeviceMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceMessage
             * @function getTypeUrl
             * @memberof edge.v1.DeviceMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.DeviceMessage";
            };

            return DeviceMessage;
        })();

        /**
         * DeviceKind enum.
         * @name edge.v1.DeviceKind
         * @enum {number}
         * @property {number} DEVICE_KIND_UNSPECIFIED=0 DEVICE_KIND_UNSPECIFIED value
         * @property {number} DEVICE_KIND_TELLER=1 DEVICE_KIND_TELLER value
         * @property {number} DEVICE_KIND_VENDING=2 DEVICE_KIND_VENDING value
         * @property {number} DEVICE_KIND_LOCKER=3 DEVICE_KIND_LOCKER value
         */
        v1.DeviceKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEVICE_KIND_TELLER"] = 1;
            values[valuesById[2] = "DEVICE_KIND_VENDING"] = 2;
            values[valuesById[3] = "DEVICE_KIND_LOCKER"] = 3;
            return values;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} edge.v1.Envelope.$Properties
             * @property {string|null} [messageId] Envelope messageId
             * @property {string|null} [siteId] Envelope siteId
             * @property {string|null} [deviceId] Envelope deviceId
             * @property {edge.v1.DeviceKind|null} [deviceKind] Envelope deviceKind
             * @property {number|null} [sequence] Envelope sequence
             * @property {number|null} [deviceTimeMs] Envelope deviceTimeMs
             * @property {number|null} [receivedTimeMs] Envelope receivedTimeMs
             * @property {boolean|null} [replayed] Envelope replayed
             * @property {string|null} [deviceTxId] Envelope deviceTxId
             * @property {edge.v1.Transaction.$Properties|null} [transaction] Envelope transaction
             * @property {edge.v1.Telemetry.$Properties|null} [telemetry] Envelope telemetry
             * @property {edge.v1.Event.$Properties|null} [event] Envelope event
             * @property {edge.v1.DeviceState.$Properties|null} [state] Envelope state
             * @property {edge.v1.CommandResult.$Properties|null} [commandResult] Envelope commandResult
             * @property {"transaction"|"telemetry"|"event"|"state"|"commandResult"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof edge.v1
             * @interface IEnvelope
             * @augments edge.v1.Envelope.$Properties
             * @deprecated Use edge.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   messageId?: string|null;
             *   siteId?: string|null;
             *   deviceId?: string|null;
             *   deviceKind?: edge.v1.DeviceKind|null;
             *   sequence?: number|null;
             *   deviceTimeMs?: number|null;
             *   receivedTimeMs?: number|null;
             *   replayed?: boolean|null;
             *   deviceTxId?: string|null;
             *   transaction?: edge.v1.Transaction.$Shape|null;
             *   telemetry?: edge.v1.Telemetry.$Shape|null;
             *   event?: edge.v1.Event.$Shape|null;
             *   state?: edge.v1.DeviceState.$Shape|null;
             *   commandResult?: edge.v1.CommandResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; transaction?: null; telemetry?: null; event?: null; state?: null; commandResult?: null }|{ body?: "transaction"; transaction: edge.v1.Transaction.$Shape; telemetry?: null; event?: null; state?: null; commandResult?: null }|{ body?: "telemetry"; transaction?: null; telemetry: edge.v1.Telemetry.$Shape; event?: null; state?: null; commandResult?: null }|{ body?: "event"; transaction?: null; telemetry?: null; event: edge.v1.Event.$Shape; state?: null; commandResult?: null }|{ body?: "state"; transaction?: null; telemetry?: null; event?: null; state: edge.v1.DeviceState.$Shape; commandResult?: null }|{ body?: "commandResult"; transaction?: null; telemetry?: null; event?: null; state?: null; commandResult: edge.v1.CommandResult.$Shape })
             * )} edge.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof edge.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {edge.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope messageId.
             * @member {string} messageId
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.messageId = "";

            /**
             * Envelope siteId.
             * @member {string} siteId
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.siteId = "";

            /**
             * Envelope deviceId.
             * @member {string} deviceId
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceId = "";

            /**
             * Envelope deviceKind.
             * @member {edge.v1.DeviceKind} deviceKind
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceKind = 0;

            /**
             * Envelope sequence.
             * @member {number} sequence
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope deviceTimeMs.
             * @member {number} deviceTimeMs
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope receivedTimeMs.
             * @member {number} receivedTimeMs
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.receivedTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope replayed.
             * @member {boolean} replayed
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.replayed = false;

            /**
             * Envelope deviceTxId.
             * @member {string} deviceTxId
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.deviceTxId = "";

            /**
             * Envelope transaction.
             * @member {edge.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.transaction = null;

            /**
             * Envelope telemetry.
             * @member {edge.v1.Telemetry.$Properties|null|undefined} telemetry
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.telemetry = null;

            /**
             * Envelope event.
             * @member {edge.v1.Event.$Properties|null|undefined} event
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Envelope state.
             * @member {edge.v1.DeviceState.$Properties|null|undefined} state
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.state = null;

            /**
             * Envelope commandResult.
             * @member {edge.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof edge.v1.Envelope
             * @instance
             */
            Envelope.prototype.commandResult = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"transaction"|"telemetry"|"event"|"state"|"commandResult"|undefined} body
             * @memberof edge.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["transaction", "telemetry", "event", "state", "commandResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof edge.v1.Envelope
             * @static
             * @param {edge.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: edge.v1.Envelope.$Shape): edge.v1.Envelope & edge.v1.Envelope.$Shape;
             *   (properties?: edge.v1.Envelope.$Properties): edge.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link edge.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Envelope
             * @static
             * @param {edge.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.messageId != null && $Object.hasOwnProperty.call(m, "messageId") && m.messageId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.messageId);
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.siteId);
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.deviceId);
                if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind") && m.deviceKind !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.deviceKind);
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.sequence);
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs") && (typeof m.deviceTimeMs === "object" ? m.deviceTimeMs.low || m.deviceTimeMs.high : m.deviceTimeMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.deviceTimeMs);
                if (m.receivedTimeMs != null && $Object.hasOwnProperty.call(m, "receivedTimeMs") && (typeof m.receivedTimeMs === "object" ? m.receivedTimeMs.low || m.receivedTimeMs.high : m.receivedTimeMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.receivedTimeMs);
                if (m.replayed != null && $Object.hasOwnProperty.call(m, "replayed") && m.replayed !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.replayed);
                if (m.deviceTxId != null && $Object.hasOwnProperty.call(m, "deviceTxId") && m.deviceTxId !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.deviceTxId);
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction"))
                    $root.edge.v1.Transaction.encode(m.transaction, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry"))
                    $root.edge.v1.Telemetry.encode(m.telemetry, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.edge.v1.Event.encode(m.event, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.edge.v1.DeviceState.encode(m.state, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult"))
                    $root.edge.v1.CommandResult.encode(m.commandResult, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link edge.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Envelope
             * @static
             * @param {edge.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Envelope & edge.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.messageId = v;
                            else
                                delete m.messageId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.deviceKind = v;
                            else
                                delete m.deviceKind;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deviceTimeMs = v;
                            else
                                delete m.deviceTimeMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.receivedTimeMs = v;
                            else
                                delete m.receivedTimeMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.replayed = v;
                            else
                                delete m.replayed;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceTxId = v;
                            else
                                delete m.deviceTxId;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.transaction = $root.edge.v1.Transaction.decode(r, r.size(), $undefined, q + 1, m.transaction);
                            m.body = "transaction";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.telemetry = $root.edge.v1.Telemetry.decode(r, r.size(), $undefined, q + 1, m.telemetry);
                            m.body = "telemetry";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.event = $root.edge.v1.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.body = "event";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.state = $root.edge.v1.DeviceState.decode(r, r.size(), $undefined, q + 1, m.state);
                            m.body = "state";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.commandResult = $root.edge.v1.CommandResult.decode(r, r.size(), $undefined, q + 1, m.commandResult);
                            m.body = "commandResult";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Envelope & edge.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof edge.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.messageId != null && $Object.hasOwnProperty.call(m, "messageId")) {
                    if (!$util.isString(m.messageId))
                        return "messageId: string expected";
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind")) {
                    if (typeof m.deviceKind !== "number" || (m.deviceKind | 0) !== m.deviceKind)
                        return "deviceKind: enum value expected";
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs")) {
                    if (!$util.isInteger(m.deviceTimeMs) && !(m.deviceTimeMs && $util.isInteger(m.deviceTimeMs.low) && $util.isInteger(m.deviceTimeMs.high)))
                        return "deviceTimeMs: integer|Long expected";
                }
                if (m.receivedTimeMs != null && $Object.hasOwnProperty.call(m, "receivedTimeMs")) {
                    if (!$util.isInteger(m.receivedTimeMs) && !(m.receivedTimeMs && $util.isInteger(m.receivedTimeMs.low) && $util.isInteger(m.receivedTimeMs.high)))
                        return "receivedTimeMs: integer|Long expected";
                }
                if (m.replayed != null && $Object.hasOwnProperty.call(m, "replayed")) {
                    if (typeof m.replayed !== "boolean")
                        return "replayed: boolean expected";
                }
                if (m.deviceTxId != null && $Object.hasOwnProperty.call(m, "deviceTxId")) {
                    if (!$util.isString(m.deviceTxId))
                        return "deviceTxId: string expected";
                }
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction")) {
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Transaction.verify(m.transaction, q + 1);
                        if (e)
                            return "transaction." + e;
                    }
                }
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Telemetry.verify(m.telemetry, q + 1);
                        if (e)
                            return "telemetry." + e;
                    }
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.Event.verify(m.event, q + 1);
                        if (e)
                            return "event." + e;
                    }
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.DeviceState.verify(m.state, q + 1);
                        if (e)
                            return "state." + e;
                    }
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.edge.v1.CommandResult.verify(m.commandResult, q + 1);
                        if (e)
                            return "commandResult." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Envelope();
                if (d.messageId != null) {
                    if (typeof d.messageId !== "string" || d.messageId.length) {
                        m.messageId = $String(d.messageId);
                    }
                }
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.deviceKind !== 0 && (typeof d.deviceKind !== "string" || $root.edge.v1.DeviceKind[d.deviceKind] !== 0)) {
                    switch (d.deviceKind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        m.deviceKind = 0;
                        break;
                    case "DEVICE_KIND_TELLER":
                    case 1:
                        m.deviceKind = 1;
                        break;
                    case "DEVICE_KIND_VENDING":
                    case 2:
                        m.deviceKind = 2;
                        break;
                    case "DEVICE_KIND_LOCKER":
                    case 3:
                        m.deviceKind = 3;
                        break;
                    default:
                        if (typeof d.deviceKind === "number" && (d.deviceKind | 0) === d.deviceKind)
                            m.deviceKind = d.deviceKind;
                    }
                }
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.deviceTimeMs != null) {
                    if (typeof d.deviceTimeMs === "object" ? d.deviceTimeMs.low || d.deviceTimeMs.high : $Number(d.deviceTimeMs) !== 0) {
                        if ($util.Long)
                            m.deviceTimeMs = $util.Long.fromValue(d.deviceTimeMs, false);
                        else if (typeof d.deviceTimeMs === "string")
                            m.deviceTimeMs = $parseInt(d.deviceTimeMs, 10);
                        else if (typeof d.deviceTimeMs === "number")
                            m.deviceTimeMs = d.deviceTimeMs;
                        else if (typeof d.deviceTimeMs === "object")
                            m.deviceTimeMs = new $util.LongBits(d.deviceTimeMs.low >>> 0, d.deviceTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.receivedTimeMs != null) {
                    if (typeof d.receivedTimeMs === "object" ? d.receivedTimeMs.low || d.receivedTimeMs.high : $Number(d.receivedTimeMs) !== 0) {
                        if ($util.Long)
                            m.receivedTimeMs = $util.Long.fromValue(d.receivedTimeMs, false);
                        else if (typeof d.receivedTimeMs === "string")
                            m.receivedTimeMs = $parseInt(d.receivedTimeMs, 10);
                        else if (typeof d.receivedTimeMs === "number")
                            m.receivedTimeMs = d.receivedTimeMs;
                        else if (typeof d.receivedTimeMs === "object")
                            m.receivedTimeMs = new $util.LongBits(d.receivedTimeMs.low >>> 0, d.receivedTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.replayed != null) {
                    if (d.replayed) {
                        m.replayed = $Boolean(d.replayed);
                    }
                }
                if (d.deviceTxId != null) {
                    if (typeof d.deviceTxId !== "string" || d.deviceTxId.length) {
                        m.deviceTxId = $String(d.deviceTxId);
                    }
                }
                if (d.transaction != null) {
                    if (!$util.isObject(d.transaction))
                        throw $TypeError(".edge.v1.Envelope.transaction: object expected");
                    m.transaction = $root.edge.v1.Transaction.fromObject(d.transaction, q + 1);
                }
                if (d.telemetry != null) {
                    if (!$util.isObject(d.telemetry))
                        throw $TypeError(".edge.v1.Envelope.telemetry: object expected");
                    m.telemetry = $root.edge.v1.Telemetry.fromObject(d.telemetry, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".edge.v1.Envelope.event: object expected");
                    m.event = $root.edge.v1.Event.fromObject(d.event, q + 1);
                }
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw $TypeError(".edge.v1.Envelope.state: object expected");
                    m.state = $root.edge.v1.DeviceState.fromObject(d.state, q + 1);
                }
                if (d.commandResult != null) {
                    if (!$util.isObject(d.commandResult))
                        throw $TypeError(".edge.v1.Envelope.commandResult: object expected");
                    m.commandResult = $root.edge.v1.CommandResult.fromObject(d.commandResult, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Envelope
             * @static
             * @param {edge.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.messageId = "";
                    d.siteId = "";
                    d.deviceId = "";
                    d.deviceKind = o.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deviceTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deviceTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.receivedTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.receivedTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.replayed = false;
                    d.deviceTxId = "";
                }
                if (m.messageId != null && $Object.hasOwnProperty.call(m, "messageId")) {
                    d.messageId = m.messageId;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.deviceKind != null && $Object.hasOwnProperty.call(m, "deviceKind")) {
                    d.deviceKind = o.enums === $String ? $root.edge.v1.DeviceKind[m.deviceKind] === $undefined ? m.deviceKind : $root.edge.v1.DeviceKind[m.deviceKind] : m.deviceKind;
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.deviceTimeMs != null && $Object.hasOwnProperty.call(m, "deviceTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deviceTimeMs = typeof m.deviceTimeMs === "number" ? $BigInt(m.deviceTimeMs) : $util.Long.fromBits(m.deviceTimeMs.low >>> 0, m.deviceTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deviceTimeMs === "number")
                        d.deviceTimeMs = o.longs === $String ? $String(m.deviceTimeMs) : m.deviceTimeMs;
                    else
                        d.deviceTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deviceTimeMs) : o.longs === $Number ? new $util.LongBits(m.deviceTimeMs.low >>> 0, m.deviceTimeMs.high >>> 0).toNumber() : m.deviceTimeMs;
                }
                if (m.receivedTimeMs != null && $Object.hasOwnProperty.call(m, "receivedTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.receivedTimeMs = typeof m.receivedTimeMs === "number" ? $BigInt(m.receivedTimeMs) : $util.Long.fromBits(m.receivedTimeMs.low >>> 0, m.receivedTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.receivedTimeMs === "number")
                        d.receivedTimeMs = o.longs === $String ? $String(m.receivedTimeMs) : m.receivedTimeMs;
                    else
                        d.receivedTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.receivedTimeMs) : o.longs === $Number ? new $util.LongBits(m.receivedTimeMs.low >>> 0, m.receivedTimeMs.high >>> 0).toNumber() : m.receivedTimeMs;
                }
                if (m.replayed != null && $Object.hasOwnProperty.call(m, "replayed")) {
                    d.replayed = m.replayed;
                }
                if (m.deviceTxId != null && $Object.hasOwnProperty.call(m, "deviceTxId")) {
                    d.deviceTxId = m.deviceTxId;
                }
                if (m.transaction != null && $Object.hasOwnProperty.call(m, "transaction")) {
                    d.transaction = $root.edge.v1.Transaction.toObject(m.transaction, o, q + 1);
                    if (o.oneofs)
                        d.body = "transaction";
                }
                if (m.telemetry != null && $Object.hasOwnProperty.call(m, "telemetry")) {
                    d.telemetry = $root.edge.v1.Telemetry.toObject(m.telemetry, o, q + 1);
                    if (o.oneofs)
                        d.body = "telemetry";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.edge.v1.Event.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.body = "event";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.edge.v1.DeviceState.toObject(m.state, o, q + 1);
                    if (o.oneofs)
                        d.body = "state";
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    d.commandResult = $root.edge.v1.CommandResult.toObject(m.commandResult, o, q + 1);
                    if (o.oneofs)
                        d.body = "commandResult";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof edge.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof edge.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Envelope";
            };

            return Envelope;
        })();

        v1.SiteStatus = (function() {

            /**
             * Properties of a SiteStatus.
             * @typedef {Object} edge.v1.SiteStatus.$Properties
             * @property {string|null} [siteId] SiteStatus siteId
             * @property {string|null} [siteName] SiteStatus siteName
             * @property {boolean|null} [online] SiteStatus online
             * @property {string|null} [gatewayVersion] SiteStatus gatewayVersion
             * @property {number|null} [timeMs] SiteStatus timeMs
             * @property {number|null} [startedMs] SiteStatus startedMs
             * @property {Array.<string>|null} [deviceIds] SiteStatus deviceIds
             * @property {number|null} [lastSequence] SiteStatus lastSequence
             * @property {string|null} [healthTopic] SiteStatus healthTopic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SiteStatus.
             * @memberof edge.v1
             * @interface ISiteStatus
             * @augments edge.v1.SiteStatus.$Properties
             * @deprecated Use edge.v1.SiteStatus.$Properties instead.
             */

            /**
             * Shape of a SiteStatus.
             * @typedef {edge.v1.SiteStatus.$Properties} edge.v1.SiteStatus.$Shape
             */

            /**
             * Constructs a new SiteStatus.
             * @memberof edge.v1
             * @classdesc Represents a SiteStatus.
             * @constructor
             * @param {edge.v1.SiteStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SiteStatus = function (p) {
                this.deviceIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SiteStatus siteId.
             * @member {string} siteId
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.siteId = "";

            /**
             * SiteStatus siteName.
             * @member {string} siteName
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.siteName = "";

            /**
             * SiteStatus online.
             * @member {boolean} online
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.online = false;

            /**
             * SiteStatus gatewayVersion.
             * @member {string} gatewayVersion
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.gatewayVersion = "";

            /**
             * SiteStatus timeMs.
             * @member {number} timeMs
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SiteStatus startedMs.
             * @member {number} startedMs
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SiteStatus deviceIds.
             * @member {Array.<string>} deviceIds
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.deviceIds = $util.emptyArray;

            /**
             * SiteStatus lastSequence.
             * @member {number} lastSequence
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SiteStatus healthTopic.
             * @member {string} healthTopic
             * @memberof edge.v1.SiteStatus
             * @instance
             */
            SiteStatus.prototype.healthTopic = "";

            /**
             * Creates a new SiteStatus instance using the specified properties.
             * @function create
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {edge.v1.SiteStatus.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SiteStatus} SiteStatus instance
             * @type {{
             *   (properties: edge.v1.SiteStatus.$Shape): edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape;
             *   (properties?: edge.v1.SiteStatus.$Properties): edge.v1.SiteStatus;
             * }}
             */
            SiteStatus.create = function(properties) {
                return new SiteStatus(properties);
            };

            /**
             * Encodes the specified SiteStatus message. Does not implicitly {@link edge.v1.SiteStatus.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {edge.v1.SiteStatus.$Properties} m SiteStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SiteStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.siteId);
                if (m.siteName != null && $Object.hasOwnProperty.call(m, "siteName") && m.siteName !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.siteName);
                if (m.online != null && $Object.hasOwnProperty.call(m, "online") && m.online !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.online);
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion") && m.gatewayVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.gatewayVersion);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.timeMs);
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs") && (typeof m.startedMs === "object" ? m.startedMs.low || m.startedMs.high : m.startedMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.startedMs);
                if (m.deviceIds != null && m.deviceIds.length) {
                    for (var i = 0; i < m.deviceIds.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.deviceIds[i]);
                }
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence") && (typeof m.lastSequence === "object" ? m.lastSequence.low || m.lastSequence.high : m.lastSequence !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.lastSequence);
                if (m.healthTopic != null && $Object.hasOwnProperty.call(m, "healthTopic") && m.healthTopic !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.healthTopic);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SiteStatus message, length delimited. Does not implicitly {@link edge.v1.SiteStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {edge.v1.SiteStatus.$Properties} message SiteStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SiteStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SiteStatus message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape} SiteStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SiteStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SiteStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteName = v;
                            else
                                delete m.siteName;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.online = v;
                            else
                                delete m.online;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gatewayVersion = v;
                            else
                                delete m.gatewayVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startedMs = v;
                            else
                                delete m.startedMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.deviceIds && m.deviceIds.length))
                                m.deviceIds = [];
                            m.deviceIds.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSequence = v;
                            else
                                delete m.lastSequence;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.healthTopic = v;
                            else
                                delete m.healthTopic;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SiteStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape} SiteStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SiteStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SiteStatus message.
             * @function verify
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SiteStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.siteName != null && $Object.hasOwnProperty.call(m, "siteName")) {
                    if (!$util.isString(m.siteName))
                        return "siteName: string expected";
                }
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    if (typeof m.online !== "boolean")
                        return "online: boolean expected";
                }
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion")) {
                    if (!$util.isString(m.gatewayVersion))
                        return "gatewayVersion: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (!$util.isInteger(m.startedMs) && !(m.startedMs && $util.isInteger(m.startedMs.low) && $util.isInteger(m.startedMs.high)))
                        return "startedMs: integer|Long expected";
                }
                if (m.deviceIds != null && $Object.hasOwnProperty.call(m, "deviceIds")) {
                    if (!$Array.isArray(m.deviceIds))
                        return "deviceIds: array expected";
                    for (var i = 0; i < m.deviceIds.length; ++i) {
                        if (!$util.isString(m.deviceIds[i]))
                            return "deviceIds: string[] expected";
                    }
                }
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence")) {
                    if (!$util.isInteger(m.lastSequence) && !(m.lastSequence && $util.isInteger(m.lastSequence.low) && $util.isInteger(m.lastSequence.high)))
                        return "lastSequence: integer|Long expected";
                }
                if (m.healthTopic != null && $Object.hasOwnProperty.call(m, "healthTopic")) {
                    if (!$util.isString(m.healthTopic))
                        return "healthTopic: string expected";
                }
                return null;
            };

            /**
             * Creates a SiteStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SiteStatus} SiteStatus
             */
            SiteStatus.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SiteStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SiteStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SiteStatus();
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.siteName != null) {
                    if (typeof d.siteName !== "string" || d.siteName.length) {
                        m.siteName = $String(d.siteName);
                    }
                }
                if (d.online != null) {
                    if (d.online) {
                        m.online = $Boolean(d.online);
                    }
                }
                if (d.gatewayVersion != null) {
                    if (typeof d.gatewayVersion !== "string" || d.gatewayVersion.length) {
                        m.gatewayVersion = $String(d.gatewayVersion);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.startedMs != null) {
                    if (typeof d.startedMs === "object" ? d.startedMs.low || d.startedMs.high : $Number(d.startedMs) !== 0) {
                        if ($util.Long)
                            m.startedMs = $util.Long.fromValue(d.startedMs, false);
                        else if (typeof d.startedMs === "string")
                            m.startedMs = $parseInt(d.startedMs, 10);
                        else if (typeof d.startedMs === "number")
                            m.startedMs = d.startedMs;
                        else if (typeof d.startedMs === "object")
                            m.startedMs = new $util.LongBits(d.startedMs.low >>> 0, d.startedMs.high >>> 0).toNumber();
                    }
                }
                if (d.deviceIds) {
                    if (!$Array.isArray(d.deviceIds))
                        throw $TypeError(".edge.v1.SiteStatus.deviceIds: array expected");
                    m.deviceIds = $Array(d.deviceIds.length);
                    for (var i = 0; i < d.deviceIds.length; ++i) {
                        m.deviceIds[i] = $String(d.deviceIds[i]);
                    }
                }
                if (d.lastSequence != null) {
                    if (typeof d.lastSequence === "object" ? d.lastSequence.low || d.lastSequence.high : $Number(d.lastSequence) !== 0) {
                        if ($util.Long)
                            m.lastSequence = $util.Long.fromValue(d.lastSequence, true);
                        else if (typeof d.lastSequence === "string")
                            m.lastSequence = $parseInt(d.lastSequence, 10);
                        else if (typeof d.lastSequence === "number")
                            m.lastSequence = d.lastSequence;
                        else if (typeof d.lastSequence === "object")
                            m.lastSequence = new $util.LongBits(d.lastSequence.low >>> 0, d.lastSequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.healthTopic != null) {
                    if (typeof d.healthTopic !== "string" || d.healthTopic.length) {
                        m.healthTopic = $String(d.healthTopic);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SiteStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {edge.v1.SiteStatus} m SiteStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SiteStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.deviceIds = [];
                }
                if (o.defaults) {
                    d.siteId = "";
                    d.siteName = "";
                    d.online = false;
                    d.gatewayVersion = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastSequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.healthTopic = "";
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.siteName != null && $Object.hasOwnProperty.call(m, "siteName")) {
                    d.siteName = m.siteName;
                }
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    d.online = m.online;
                }
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion")) {
                    d.gatewayVersion = m.gatewayVersion;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startedMs = typeof m.startedMs === "number" ? $BigInt(m.startedMs) : $util.Long.fromBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startedMs === "number")
                        d.startedMs = o.longs === $String ? $String(m.startedMs) : m.startedMs;
                    else
                        d.startedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startedMs) : o.longs === $Number ? new $util.LongBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0).toNumber() : m.startedMs;
                }
                if (m.deviceIds && m.deviceIds.length) {
                    d.deviceIds = $Array(m.deviceIds.length);
                    for (var j = 0; j < m.deviceIds.length; ++j) {
                        d.deviceIds[j] = m.deviceIds[j];
                    }
                }
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSequence = typeof m.lastSequence === "number" ? $BigInt(m.lastSequence) : $util.Long.fromBits(m.lastSequence.low >>> 0, m.lastSequence.high >>> 0, true).toBigInt();
                    else if (typeof m.lastSequence === "number")
                        d.lastSequence = o.longs === $String ? $String(m.lastSequence) : m.lastSequence;
                    else
                        d.lastSequence = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSequence) : o.longs === $Number ? new $util.LongBits(m.lastSequence.low >>> 0, m.lastSequence.high >>> 0).toNumber(true) : m.lastSequence;
                }
                if (m.healthTopic != null && $Object.hasOwnProperty.call(m, "healthTopic")) {
                    d.healthTopic = m.healthTopic;
                }
                return d;
            };

            /**
             * Converts this SiteStatus to JSON.
             * @function toJSON
             * @memberof edge.v1.SiteStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SiteStatus.prototype.toJSON = function() {
                return SiteStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SiteStatus
             * @function getTypeUrl
             * @memberof edge.v1.SiteStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SiteStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SiteStatus";
            };

            return SiteStatus;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} edge.v1.Ack.$Properties
             * @property {string|null} [siteId] Ack siteId
             * @property {Array.<edge.v1.SequenceRange.$Properties>|null} [ranges] Ack ranges
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof edge.v1
             * @interface IAck
             * @augments edge.v1.Ack.$Properties
             * @deprecated Use edge.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {edge.v1.Ack.$Properties} edge.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof edge.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {edge.v1.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                this.ranges = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack siteId.
             * @member {string} siteId
             * @memberof edge.v1.Ack
             * @instance
             */
            Ack.prototype.siteId = "";

            /**
             * Ack ranges.
             * @member {Array.<edge.v1.SequenceRange.$Properties>} ranges
             * @memberof edge.v1.Ack
             * @instance
             */
            Ack.prototype.ranges = $util.emptyArray;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof edge.v1.Ack
             * @static
             * @param {edge.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {edge.v1.Ack} Ack instance
             * @type {{
             *   (properties: edge.v1.Ack.$Shape): edge.v1.Ack & edge.v1.Ack.$Shape;
             *   (properties?: edge.v1.Ack.$Properties): edge.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link edge.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.Ack
             * @static
             * @param {edge.v1.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.siteId);
                if (m.ranges != null && m.ranges.length) {
                    for (var i = 0; i < m.ranges.length; ++i)
                        $root.edge.v1.SequenceRange.encode(m.ranges[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link edge.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.Ack
             * @static
             * @param {edge.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.Ack & edge.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.ranges && m.ranges.length))
                                m.ranges = [];
                            m.ranges.push($root.edge.v1.SequenceRange.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.Ack & edge.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof edge.v1.Ack
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.ranges != null && $Object.hasOwnProperty.call(m, "ranges")) {
                    if (!$Array.isArray(m.ranges))
                        return "ranges: array expected";
                    for (var i = 0; i < m.ranges.length; ++i) {
                        {
                            var e = $root.edge.v1.SequenceRange.verify(m.ranges[i], q + 1);
                            if (e)
                                return "ranges." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.Ack();
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.ranges) {
                    if (!$Array.isArray(d.ranges))
                        throw $TypeError(".edge.v1.Ack.ranges: array expected");
                    m.ranges = $Array(d.ranges.length);
                    for (var i = 0; i < d.ranges.length; ++i) {
                        if (!$util.isObject(d.ranges[i]))
                            throw $TypeError(".edge.v1.Ack.ranges: object expected");
                        m.ranges[i] = $root.edge.v1.SequenceRange.fromObject(d.ranges[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.Ack
             * @static
             * @param {edge.v1.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ranges = [];
                }
                if (o.defaults) {
                    d.siteId = "";
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.ranges && m.ranges.length) {
                    d.ranges = $Array(m.ranges.length);
                    for (var j = 0; j < m.ranges.length; ++j) {
                        d.ranges[j] = $root.edge.v1.SequenceRange.toObject(m.ranges[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof edge.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof edge.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.Ack";
            };

            return Ack;
        })();

        v1.SequenceRange = (function() {

            /**
             * Properties of a SequenceRange.
             * @typedef {Object} edge.v1.SequenceRange.$Properties
             * @property {number|null} [first] SequenceRange first
             * @property {number|null} [last] SequenceRange last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SequenceRange.
             * @memberof edge.v1
             * @interface ISequenceRange
             * @augments edge.v1.SequenceRange.$Properties
             * @deprecated Use edge.v1.SequenceRange.$Properties instead.
             */

            /**
             * Shape of a SequenceRange.
             * @typedef {edge.v1.SequenceRange.$Properties} edge.v1.SequenceRange.$Shape
             */

            /**
             * Constructs a new SequenceRange.
             * @memberof edge.v1
             * @classdesc Represents a SequenceRange.
             * @constructor
             * @param {edge.v1.SequenceRange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SequenceRange = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SequenceRange first.
             * @member {number} first
             * @memberof edge.v1.SequenceRange
             * @instance
             */
            SequenceRange.prototype.first = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SequenceRange last.
             * @member {number} last
             * @memberof edge.v1.SequenceRange
             * @instance
             */
            SequenceRange.prototype.last = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SequenceRange instance using the specified properties.
             * @function create
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {edge.v1.SequenceRange.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SequenceRange} SequenceRange instance
             * @type {{
             *   (properties: edge.v1.SequenceRange.$Shape): edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape;
             *   (properties?: edge.v1.SequenceRange.$Properties): edge.v1.SequenceRange;
             * }}
             */
            SequenceRange.create = function(properties) {
                return new SequenceRange(properties);
            };

            /**
             * Encodes the specified SequenceRange message. Does not implicitly {@link edge.v1.SequenceRange.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {edge.v1.SequenceRange.$Properties} m SequenceRange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SequenceRange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.first != null && $Object.hasOwnProperty.call(m, "first") && (typeof m.first === "object" ? m.first.low || m.first.high : m.first !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.first);
                if (m.last != null && $Object.hasOwnProperty.call(m, "last") && (typeof m.last === "object" ? m.last.low || m.last.high : m.last !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.last);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SequenceRange message, length delimited. Does not implicitly {@link edge.v1.SequenceRange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {edge.v1.SequenceRange.$Properties} message SequenceRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SequenceRange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SequenceRange message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape} SequenceRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SequenceRange.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SequenceRange();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.first = v;
                            else
                                delete m.first;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.last = v;
                            else
                                delete m.last;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SequenceRange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape} SequenceRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SequenceRange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SequenceRange message.
             * @function verify
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SequenceRange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.first != null && $Object.hasOwnProperty.call(m, "first")) {
                    if (!$util.isInteger(m.first) && !(m.first && $util.isInteger(m.first.low) && $util.isInteger(m.first.high)))
                        return "first: integer|Long expected";
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    if (!$util.isInteger(m.last) && !(m.last && $util.isInteger(m.last.low) && $util.isInteger(m.last.high)))
                        return "last: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SequenceRange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SequenceRange} SequenceRange
             */
            SequenceRange.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SequenceRange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SequenceRange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SequenceRange();
                if (d.first != null) {
                    if (typeof d.first === "object" ? d.first.low || d.first.high : $Number(d.first) !== 0) {
                        if ($util.Long)
                            m.first = $util.Long.fromValue(d.first, true);
                        else if (typeof d.first === "string")
                            m.first = $parseInt(d.first, 10);
                        else if (typeof d.first === "number")
                            m.first = d.first;
                        else if (typeof d.first === "object")
                            m.first = new $util.LongBits(d.first.low >>> 0, d.first.high >>> 0).toNumber(true);
                    }
                }
                if (d.last != null) {
                    if (typeof d.last === "object" ? d.last.low || d.last.high : $Number(d.last) !== 0) {
                        if ($util.Long)
                            m.last = $util.Long.fromValue(d.last, true);
                        else if (typeof d.last === "string")
                            m.last = $parseInt(d.last, 10);
                        else if (typeof d.last === "number")
                            m.last = d.last;
                        else if (typeof d.last === "object")
                            m.last = new $util.LongBits(d.last.low >>> 0, d.last.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SequenceRange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {edge.v1.SequenceRange} m SequenceRange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SequenceRange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.first = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.first = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.last = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.last = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.first != null && $Object.hasOwnProperty.call(m, "first")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.first = typeof m.first === "number" ? $BigInt(m.first) : $util.Long.fromBits(m.first.low >>> 0, m.first.high >>> 0, true).toBigInt();
                    else if (typeof m.first === "number")
                        d.first = o.longs === $String ? $String(m.first) : m.first;
                    else
                        d.first = o.longs === $String ? $util.Long.prototype.toString.call(m.first) : o.longs === $Number ? new $util.LongBits(m.first.low >>> 0, m.first.high >>> 0).toNumber(true) : m.first;
                }
                if (m.last != null && $Object.hasOwnProperty.call(m, "last")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.last = typeof m.last === "number" ? $BigInt(m.last) : $util.Long.fromBits(m.last.low >>> 0, m.last.high >>> 0, true).toBigInt();
                    else if (typeof m.last === "number")
                        d.last = o.longs === $String ? $String(m.last) : m.last;
                    else
                        d.last = o.longs === $String ? $util.Long.prototype.toString.call(m.last) : o.longs === $Number ? new $util.LongBits(m.last.low >>> 0, m.last.high >>> 0).toNumber(true) : m.last;
                }
                return d;
            };

            /**
             * Converts this SequenceRange to JSON.
             * @function toJSON
             * @memberof edge.v1.SequenceRange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SequenceRange.prototype.toJSON = function() {
                return SequenceRange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SequenceRange
             * @function getTypeUrl
             * @memberof edge.v1.SequenceRange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SequenceRange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SequenceRange";
            };

            return SequenceRange;
        })();

        v1.GatewayHealth = (function() {

            /**
             * Properties of a GatewayHealth.
             * @typedef {Object} edge.v1.GatewayHealth.$Properties
             * @property {string|null} [siteId] GatewayHealth siteId
             * @property {number|null} [timeMs] GatewayHealth timeMs
             * @property {string|null} [gatewayVersion] GatewayHealth gatewayVersion
             * @property {string|null} [configVersion] GatewayHealth configVersion
             * @property {string|null} [configHash] GatewayHealth configHash
             * @property {number|null} [uptimeS] GatewayHealth uptimeS
             * @property {number|null} [startedMs] GatewayHealth startedMs
             * @property {edge.v1.UplinkHealth.$Properties|null} [uplink] GatewayHealth uplink
             * @property {edge.v1.SpoolHealth.$Properties|null} [spool] GatewayHealth spool
             * @property {Array.<edge.v1.MachineHealth.$Properties>|null} [machines] GatewayHealth machines
             * @property {edge.v1.ClockEstimate.$Properties|null} [clock] GatewayHealth clock
             * @property {number|null} [sequence] GatewayHealth sequence
             * @property {string|null} [reason] GatewayHealth reason
             * @property {number|null} [commandsFailed] GatewayHealth commandsFailed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayHealth.
             * @memberof edge.v1
             * @interface IGatewayHealth
             * @augments edge.v1.GatewayHealth.$Properties
             * @deprecated Use edge.v1.GatewayHealth.$Properties instead.
             */

            /**
             * Shape of a GatewayHealth.
             * @typedef {edge.v1.GatewayHealth.$Properties} edge.v1.GatewayHealth.$Shape
             */

            /**
             * Constructs a new GatewayHealth.
             * @memberof edge.v1
             * @classdesc Represents a GatewayHealth.
             * @constructor
             * @param {edge.v1.GatewayHealth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayHealth = function (p) {
                this.machines = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GatewayHealth siteId.
             * @member {string} siteId
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.siteId = "";

            /**
             * GatewayHealth timeMs.
             * @member {number} timeMs
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * GatewayHealth gatewayVersion.
             * @member {string} gatewayVersion
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.gatewayVersion = "";

            /**
             * GatewayHealth configVersion.
             * @member {string} configVersion
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.configVersion = "";

            /**
             * GatewayHealth configHash.
             * @member {string} configHash
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.configHash = "";

            /**
             * GatewayHealth uptimeS.
             * @member {number} uptimeS
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.uptimeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GatewayHealth startedMs.
             * @member {number} startedMs
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.startedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * GatewayHealth uplink.
             * @member {edge.v1.UplinkHealth.$Properties|null|undefined} uplink
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.uplink = null;

            /**
             * GatewayHealth spool.
             * @member {edge.v1.SpoolHealth.$Properties|null|undefined} spool
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.spool = null;

            /**
             * GatewayHealth machines.
             * @member {Array.<edge.v1.MachineHealth.$Properties>} machines
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.machines = $util.emptyArray;

            /**
             * GatewayHealth clock.
             * @member {edge.v1.ClockEstimate.$Properties|null|undefined} clock
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.clock = null;

            /**
             * GatewayHealth sequence.
             * @member {number} sequence
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GatewayHealth reason.
             * @member {string} reason
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.reason = "";

            /**
             * GatewayHealth commandsFailed.
             * @member {number} commandsFailed
             * @memberof edge.v1.GatewayHealth
             * @instance
             */
            GatewayHealth.prototype.commandsFailed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GatewayHealth instance using the specified properties.
             * @function create
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {edge.v1.GatewayHealth.$Properties=} [properties] Properties to set
             * @returns {edge.v1.GatewayHealth} GatewayHealth instance
             * @type {{
             *   (properties: edge.v1.GatewayHealth.$Shape): edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape;
             *   (properties?: edge.v1.GatewayHealth.$Properties): edge.v1.GatewayHealth;
             * }}
             */
            GatewayHealth.create = function(properties) {
                return new GatewayHealth(properties);
            };

            /**
             * Encodes the specified GatewayHealth message. Does not implicitly {@link edge.v1.GatewayHealth.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {edge.v1.GatewayHealth.$Properties} m GatewayHealth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayHealth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.siteId);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeMs);
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion") && m.gatewayVersion !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.gatewayVersion);
                if (m.configVersion != null && $Object.hasOwnProperty.call(m, "configVersion") && m.configVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.configVersion);
                if (m.configHash != null && $Object.hasOwnProperty.call(m, "configHash") && m.configHash !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.configHash);
                if (m.uptimeS != null && $Object.hasOwnProperty.call(m, "uptimeS") && (typeof m.uptimeS === "object" ? m.uptimeS.low || m.uptimeS.high : m.uptimeS !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.uptimeS);
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs") && (typeof m.startedMs === "object" ? m.startedMs.low || m.startedMs.high : m.startedMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.startedMs);
                if (m.uplink != null && $Object.hasOwnProperty.call(m, "uplink"))
                    $root.edge.v1.UplinkHealth.encode(m.uplink, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.spool != null && $Object.hasOwnProperty.call(m, "spool"))
                    $root.edge.v1.SpoolHealth.encode(m.spool, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.machines != null && m.machines.length) {
                    for (var i = 0; i < m.machines.length; ++i)
                        $root.edge.v1.MachineHealth.encode(m.machines[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                }
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock"))
                    $root.edge.v1.ClockEstimate.encode(m.clock, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence") && (typeof m.sequence === "object" ? m.sequence.low || m.sequence.high : m.sequence !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).uint64(m.sequence);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 13, wireType 2 =*/106).string(m.reason);
                if (m.commandsFailed != null && $Object.hasOwnProperty.call(m, "commandsFailed") && (typeof m.commandsFailed === "object" ? m.commandsFailed.low || m.commandsFailed.high : m.commandsFailed !== 0))
                    w.uint32(/* id 14, wireType 0 =*/112).uint64(m.commandsFailed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified GatewayHealth message, length delimited. Does not implicitly {@link edge.v1.GatewayHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {edge.v1.GatewayHealth.$Properties} message GatewayHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GatewayHealth message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape} GatewayHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayHealth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.GatewayHealth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gatewayVersion = v;
                            else
                                delete m.gatewayVersion;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.configVersion = v;
                            else
                                delete m.configVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.configHash = v;
                            else
                                delete m.configHash;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.uptimeS = v;
                            else
                                delete m.uptimeS;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.startedMs = v;
                            else
                                delete m.startedMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.uplink = $root.edge.v1.UplinkHealth.decode(r, r.size(), $undefined, q + 1, m.uplink);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.spool = $root.edge.v1.SpoolHealth.decode(r, r.size(), $undefined, q + 1, m.spool);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (!(m.machines && m.machines.length))
                                m.machines = [];
                            m.machines.push($root.edge.v1.MachineHealth.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.clock = $root.edge.v1.ClockEstimate.decode(r, r.size(), $undefined, q + 1, m.clock);
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sequence = v;
                            else
                                delete m.sequence;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 14: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commandsFailed = v;
                            else
                                delete m.commandsFailed;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a GatewayHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape} GatewayHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GatewayHealth message.
             * @function verify
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GatewayHealth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion")) {
                    if (!$util.isString(m.gatewayVersion))
                        return "gatewayVersion: string expected";
                }
                if (m.configVersion != null && $Object.hasOwnProperty.call(m, "configVersion")) {
                    if (!$util.isString(m.configVersion))
                        return "configVersion: string expected";
                }
                if (m.configHash != null && $Object.hasOwnProperty.call(m, "configHash")) {
                    if (!$util.isString(m.configHash))
                        return "configHash: string expected";
                }
                if (m.uptimeS != null && $Object.hasOwnProperty.call(m, "uptimeS")) {
                    if (!$util.isInteger(m.uptimeS) && !(m.uptimeS && $util.isInteger(m.uptimeS.low) && $util.isInteger(m.uptimeS.high)))
                        return "uptimeS: integer|Long expected";
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (!$util.isInteger(m.startedMs) && !(m.startedMs && $util.isInteger(m.startedMs.low) && $util.isInteger(m.startedMs.high)))
                        return "startedMs: integer|Long expected";
                }
                if (m.uplink != null && $Object.hasOwnProperty.call(m, "uplink")) {
                    {
                        var e = $root.edge.v1.UplinkHealth.verify(m.uplink, q + 1);
                        if (e)
                            return "uplink." + e;
                    }
                }
                if (m.spool != null && $Object.hasOwnProperty.call(m, "spool")) {
                    {
                        var e = $root.edge.v1.SpoolHealth.verify(m.spool, q + 1);
                        if (e)
                            return "spool." + e;
                    }
                }
                if (m.machines != null && $Object.hasOwnProperty.call(m, "machines")) {
                    if (!$Array.isArray(m.machines))
                        return "machines: array expected";
                    for (var i = 0; i < m.machines.length; ++i) {
                        {
                            var e = $root.edge.v1.MachineHealth.verify(m.machines[i], q + 1);
                            if (e)
                                return "machines." + e;
                        }
                    }
                }
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock")) {
                    {
                        var e = $root.edge.v1.ClockEstimate.verify(m.clock, q + 1);
                        if (e)
                            return "clock." + e;
                    }
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (!$util.isInteger(m.sequence) && !(m.sequence && $util.isInteger(m.sequence.low) && $util.isInteger(m.sequence.high)))
                        return "sequence: integer|Long expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.commandsFailed != null && $Object.hasOwnProperty.call(m, "commandsFailed")) {
                    if (!$util.isInteger(m.commandsFailed) && !(m.commandsFailed && $util.isInteger(m.commandsFailed.low) && $util.isInteger(m.commandsFailed.high)))
                        return "commandsFailed: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a GatewayHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.GatewayHealth} GatewayHealth
             */
            GatewayHealth.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.GatewayHealth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.GatewayHealth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.GatewayHealth();
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.gatewayVersion != null) {
                    if (typeof d.gatewayVersion !== "string" || d.gatewayVersion.length) {
                        m.gatewayVersion = $String(d.gatewayVersion);
                    }
                }
                if (d.configVersion != null) {
                    if (typeof d.configVersion !== "string" || d.configVersion.length) {
                        m.configVersion = $String(d.configVersion);
                    }
                }
                if (d.configHash != null) {
                    if (typeof d.configHash !== "string" || d.configHash.length) {
                        m.configHash = $String(d.configHash);
                    }
                }
                if (d.uptimeS != null) {
                    if (typeof d.uptimeS === "object" ? d.uptimeS.low || d.uptimeS.high : $Number(d.uptimeS) !== 0) {
                        if ($util.Long)
                            m.uptimeS = $util.Long.fromValue(d.uptimeS, true);
                        else if (typeof d.uptimeS === "string")
                            m.uptimeS = $parseInt(d.uptimeS, 10);
                        else if (typeof d.uptimeS === "number")
                            m.uptimeS = d.uptimeS;
                        else if (typeof d.uptimeS === "object")
                            m.uptimeS = new $util.LongBits(d.uptimeS.low >>> 0, d.uptimeS.high >>> 0).toNumber(true);
                    }
                }
                if (d.startedMs != null) {
                    if (typeof d.startedMs === "object" ? d.startedMs.low || d.startedMs.high : $Number(d.startedMs) !== 0) {
                        if ($util.Long)
                            m.startedMs = $util.Long.fromValue(d.startedMs, false);
                        else if (typeof d.startedMs === "string")
                            m.startedMs = $parseInt(d.startedMs, 10);
                        else if (typeof d.startedMs === "number")
                            m.startedMs = d.startedMs;
                        else if (typeof d.startedMs === "object")
                            m.startedMs = new $util.LongBits(d.startedMs.low >>> 0, d.startedMs.high >>> 0).toNumber();
                    }
                }
                if (d.uplink != null) {
                    if (!$util.isObject(d.uplink))
                        throw $TypeError(".edge.v1.GatewayHealth.uplink: object expected");
                    m.uplink = $root.edge.v1.UplinkHealth.fromObject(d.uplink, q + 1);
                }
                if (d.spool != null) {
                    if (!$util.isObject(d.spool))
                        throw $TypeError(".edge.v1.GatewayHealth.spool: object expected");
                    m.spool = $root.edge.v1.SpoolHealth.fromObject(d.spool, q + 1);
                }
                if (d.machines) {
                    if (!$Array.isArray(d.machines))
                        throw $TypeError(".edge.v1.GatewayHealth.machines: array expected");
                    m.machines = $Array(d.machines.length);
                    for (var i = 0; i < d.machines.length; ++i) {
                        if (!$util.isObject(d.machines[i]))
                            throw $TypeError(".edge.v1.GatewayHealth.machines: object expected");
                        m.machines[i] = $root.edge.v1.MachineHealth.fromObject(d.machines[i], q + 1);
                    }
                }
                if (d.clock != null) {
                    if (!$util.isObject(d.clock))
                        throw $TypeError(".edge.v1.GatewayHealth.clock: object expected");
                    m.clock = $root.edge.v1.ClockEstimate.fromObject(d.clock, q + 1);
                }
                if (d.sequence != null) {
                    if (typeof d.sequence === "object" ? d.sequence.low || d.sequence.high : $Number(d.sequence) !== 0) {
                        if ($util.Long)
                            m.sequence = $util.Long.fromValue(d.sequence, true);
                        else if (typeof d.sequence === "string")
                            m.sequence = $parseInt(d.sequence, 10);
                        else if (typeof d.sequence === "number")
                            m.sequence = d.sequence;
                        else if (typeof d.sequence === "object")
                            m.sequence = new $util.LongBits(d.sequence.low >>> 0, d.sequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.commandsFailed != null) {
                    if (typeof d.commandsFailed === "object" ? d.commandsFailed.low || d.commandsFailed.high : $Number(d.commandsFailed) !== 0) {
                        if ($util.Long)
                            m.commandsFailed = $util.Long.fromValue(d.commandsFailed, true);
                        else if (typeof d.commandsFailed === "string")
                            m.commandsFailed = $parseInt(d.commandsFailed, 10);
                        else if (typeof d.commandsFailed === "number")
                            m.commandsFailed = d.commandsFailed;
                        else if (typeof d.commandsFailed === "object")
                            m.commandsFailed = new $util.LongBits(d.commandsFailed.low >>> 0, d.commandsFailed.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GatewayHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {edge.v1.GatewayHealth} m GatewayHealth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayHealth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.machines = [];
                }
                if (o.defaults) {
                    d.siteId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.gatewayVersion = "";
                    d.configVersion = "";
                    d.configHash = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.uptimeS = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.uptimeS = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.startedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.startedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.uplink = null;
                    d.spool = null;
                    d.clock = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commandsFailed = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commandsFailed = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.gatewayVersion != null && $Object.hasOwnProperty.call(m, "gatewayVersion")) {
                    d.gatewayVersion = m.gatewayVersion;
                }
                if (m.configVersion != null && $Object.hasOwnProperty.call(m, "configVersion")) {
                    d.configVersion = m.configVersion;
                }
                if (m.configHash != null && $Object.hasOwnProperty.call(m, "configHash")) {
                    d.configHash = m.configHash;
                }
                if (m.uptimeS != null && $Object.hasOwnProperty.call(m, "uptimeS")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uptimeS = typeof m.uptimeS === "number" ? $BigInt(m.uptimeS) : $util.Long.fromBits(m.uptimeS.low >>> 0, m.uptimeS.high >>> 0, true).toBigInt();
                    else if (typeof m.uptimeS === "number")
                        d.uptimeS = o.longs === $String ? $String(m.uptimeS) : m.uptimeS;
                    else
                        d.uptimeS = o.longs === $String ? $util.Long.prototype.toString.call(m.uptimeS) : o.longs === $Number ? new $util.LongBits(m.uptimeS.low >>> 0, m.uptimeS.high >>> 0).toNumber(true) : m.uptimeS;
                }
                if (m.startedMs != null && $Object.hasOwnProperty.call(m, "startedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.startedMs = typeof m.startedMs === "number" ? $BigInt(m.startedMs) : $util.Long.fromBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.startedMs === "number")
                        d.startedMs = o.longs === $String ? $String(m.startedMs) : m.startedMs;
                    else
                        d.startedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.startedMs) : o.longs === $Number ? new $util.LongBits(m.startedMs.low >>> 0, m.startedMs.high >>> 0).toNumber() : m.startedMs;
                }
                if (m.uplink != null && $Object.hasOwnProperty.call(m, "uplink")) {
                    d.uplink = $root.edge.v1.UplinkHealth.toObject(m.uplink, o, q + 1);
                }
                if (m.spool != null && $Object.hasOwnProperty.call(m, "spool")) {
                    d.spool = $root.edge.v1.SpoolHealth.toObject(m.spool, o, q + 1);
                }
                if (m.machines && m.machines.length) {
                    d.machines = $Array(m.machines.length);
                    for (var j = 0; j < m.machines.length; ++j) {
                        d.machines[j] = $root.edge.v1.MachineHealth.toObject(m.machines[j], o, q + 1);
                    }
                }
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock")) {
                    d.clock = $root.edge.v1.ClockEstimate.toObject(m.clock, o, q + 1);
                }
                if (m.sequence != null && $Object.hasOwnProperty.call(m, "sequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sequence = typeof m.sequence === "number" ? $BigInt(m.sequence) : $util.Long.fromBits(m.sequence.low >>> 0, m.sequence.high >>> 0, true).toBigInt();
                    else if (typeof m.sequence === "number")
                        d.sequence = o.longs === $String ? $String(m.sequence) : m.sequence;
                    else
                        d.sequence = o.longs === $String ? $util.Long.prototype.toString.call(m.sequence) : o.longs === $Number ? new $util.LongBits(m.sequence.low >>> 0, m.sequence.high >>> 0).toNumber(true) : m.sequence;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.commandsFailed != null && $Object.hasOwnProperty.call(m, "commandsFailed")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commandsFailed = typeof m.commandsFailed === "number" ? $BigInt(m.commandsFailed) : $util.Long.fromBits(m.commandsFailed.low >>> 0, m.commandsFailed.high >>> 0, true).toBigInt();
                    else if (typeof m.commandsFailed === "number")
                        d.commandsFailed = o.longs === $String ? $String(m.commandsFailed) : m.commandsFailed;
                    else
                        d.commandsFailed = o.longs === $String ? $util.Long.prototype.toString.call(m.commandsFailed) : o.longs === $Number ? new $util.LongBits(m.commandsFailed.low >>> 0, m.commandsFailed.high >>> 0).toNumber(true) : m.commandsFailed;
                }
                return d;
            };

            /**
             * Converts this GatewayHealth to JSON.
             * @function toJSON
             * @memberof edge.v1.GatewayHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayHealth.prototype.toJSON = function() {
                return GatewayHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayHealth
             * @function getTypeUrl
             * @memberof edge.v1.GatewayHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.GatewayHealth";
            };

            return GatewayHealth;
        })();

        v1.UplinkHealth = (function() {

            /**
             * Properties of an UplinkHealth.
             * @typedef {Object} edge.v1.UplinkHealth.$Properties
             * @property {boolean|null} [connected] UplinkHealth connected
             * @property {number|null} [sinceMs] UplinkHealth sinceMs
             * @property {number|null} [reconnects] UplinkHealth reconnects
             * @property {number|null} [lastConfirmMs] UplinkHealth lastConfirmMs
             * @property {string|null} [lastErrorCode] UplinkHealth lastErrorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UplinkHealth.
             * @memberof edge.v1
             * @interface IUplinkHealth
             * @augments edge.v1.UplinkHealth.$Properties
             * @deprecated Use edge.v1.UplinkHealth.$Properties instead.
             */

            /**
             * Shape of an UplinkHealth.
             * @typedef {edge.v1.UplinkHealth.$Properties} edge.v1.UplinkHealth.$Shape
             */

            /**
             * Constructs a new UplinkHealth.
             * @memberof edge.v1
             * @classdesc Represents an UplinkHealth.
             * @constructor
             * @param {edge.v1.UplinkHealth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UplinkHealth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * UplinkHealth connected.
             * @member {boolean} connected
             * @memberof edge.v1.UplinkHealth
             * @instance
             */
            UplinkHealth.prototype.connected = false;

            /**
             * UplinkHealth sinceMs.
             * @member {number} sinceMs
             * @memberof edge.v1.UplinkHealth
             * @instance
             */
            UplinkHealth.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UplinkHealth reconnects.
             * @member {number} reconnects
             * @memberof edge.v1.UplinkHealth
             * @instance
             */
            UplinkHealth.prototype.reconnects = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UplinkHealth lastConfirmMs.
             * @member {number} lastConfirmMs
             * @memberof edge.v1.UplinkHealth
             * @instance
             */
            UplinkHealth.prototype.lastConfirmMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UplinkHealth lastErrorCode.
             * @member {string} lastErrorCode
             * @memberof edge.v1.UplinkHealth
             * @instance
             */
            UplinkHealth.prototype.lastErrorCode = "";

            /**
             * Creates a new UplinkHealth instance using the specified properties.
             * @function create
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {edge.v1.UplinkHealth.$Properties=} [properties] Properties to set
             * @returns {edge.v1.UplinkHealth} UplinkHealth instance
             * @type {{
             *   (properties: edge.v1.UplinkHealth.$Shape): edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape;
             *   (properties?: edge.v1.UplinkHealth.$Properties): edge.v1.UplinkHealth;
             * }}
             */
            UplinkHealth.create = function(properties) {
                return new UplinkHealth(properties);
            };

            /**
             * Encodes the specified UplinkHealth message. Does not implicitly {@link edge.v1.UplinkHealth.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {edge.v1.UplinkHealth.$Properties} m UplinkHealth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkHealth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected") && m.connected !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.connected);
                if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs") && (typeof m.sinceMs === "object" ? m.sinceMs.low || m.sinceMs.high : m.sinceMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.sinceMs);
                if (m.reconnects != null && $Object.hasOwnProperty.call(m, "reconnects") && (typeof m.reconnects === "object" ? m.reconnects.low || m.reconnects.high : m.reconnects !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.reconnects);
                if (m.lastConfirmMs != null && $Object.hasOwnProperty.call(m, "lastConfirmMs") && (typeof m.lastConfirmMs === "object" ? m.lastConfirmMs.low || m.lastConfirmMs.high : m.lastConfirmMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.lastConfirmMs);
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode") && m.lastErrorCode !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.lastErrorCode);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified UplinkHealth message, length delimited. Does not implicitly {@link edge.v1.UplinkHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {edge.v1.UplinkHealth.$Properties} message UplinkHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an UplinkHealth message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape} UplinkHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkHealth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.UplinkHealth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.connected = v;
                            else
                                delete m.connected;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sinceMs = v;
                            else
                                delete m.sinceMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.reconnects = v;
                            else
                                delete m.reconnects;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastConfirmMs = v;
                            else
                                delete m.lastConfirmMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastErrorCode = v;
                            else
                                delete m.lastErrorCode;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an UplinkHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape} UplinkHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an UplinkHealth message.
             * @function verify
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UplinkHealth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    if (typeof m.connected !== "boolean")
                        return "connected: boolean expected";
                }
                if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs")) {
                    if (!$util.isInteger(m.sinceMs) && !(m.sinceMs && $util.isInteger(m.sinceMs.low) && $util.isInteger(m.sinceMs.high)))
                        return "sinceMs: integer|Long expected";
                }
                if (m.reconnects != null && $Object.hasOwnProperty.call(m, "reconnects")) {
                    if (!$util.isInteger(m.reconnects) && !(m.reconnects && $util.isInteger(m.reconnects.low) && $util.isInteger(m.reconnects.high)))
                        return "reconnects: integer|Long expected";
                }
                if (m.lastConfirmMs != null && $Object.hasOwnProperty.call(m, "lastConfirmMs")) {
                    if (!$util.isInteger(m.lastConfirmMs) && !(m.lastConfirmMs && $util.isInteger(m.lastConfirmMs.low) && $util.isInteger(m.lastConfirmMs.high)))
                        return "lastConfirmMs: integer|Long expected";
                }
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode")) {
                    if (!$util.isString(m.lastErrorCode))
                        return "lastErrorCode: string expected";
                }
                return null;
            };

            /**
             * Creates an UplinkHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.UplinkHealth} UplinkHealth
             */
            UplinkHealth.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.UplinkHealth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.UplinkHealth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.UplinkHealth();
                if (d.connected != null) {
                    if (d.connected) {
                        m.connected = $Boolean(d.connected);
                    }
                }
                if (d.sinceMs != null) {
                    if (typeof d.sinceMs === "object" ? d.sinceMs.low || d.sinceMs.high : $Number(d.sinceMs) !== 0) {
                        if ($util.Long)
                            m.sinceMs = $util.Long.fromValue(d.sinceMs, false);
                        else if (typeof d.sinceMs === "string")
                            m.sinceMs = $parseInt(d.sinceMs, 10);
                        else if (typeof d.sinceMs === "number")
                            m.sinceMs = d.sinceMs;
                        else if (typeof d.sinceMs === "object")
                            m.sinceMs = new $util.LongBits(d.sinceMs.low >>> 0, d.sinceMs.high >>> 0).toNumber();
                    }
                }
                if (d.reconnects != null) {
                    if (typeof d.reconnects === "object" ? d.reconnects.low || d.reconnects.high : $Number(d.reconnects) !== 0) {
                        if ($util.Long)
                            m.reconnects = $util.Long.fromValue(d.reconnects, true);
                        else if (typeof d.reconnects === "string")
                            m.reconnects = $parseInt(d.reconnects, 10);
                        else if (typeof d.reconnects === "number")
                            m.reconnects = d.reconnects;
                        else if (typeof d.reconnects === "object")
                            m.reconnects = new $util.LongBits(d.reconnects.low >>> 0, d.reconnects.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastConfirmMs != null) {
                    if (typeof d.lastConfirmMs === "object" ? d.lastConfirmMs.low || d.lastConfirmMs.high : $Number(d.lastConfirmMs) !== 0) {
                        if ($util.Long)
                            m.lastConfirmMs = $util.Long.fromValue(d.lastConfirmMs, false);
                        else if (typeof d.lastConfirmMs === "string")
                            m.lastConfirmMs = $parseInt(d.lastConfirmMs, 10);
                        else if (typeof d.lastConfirmMs === "number")
                            m.lastConfirmMs = d.lastConfirmMs;
                        else if (typeof d.lastConfirmMs === "object")
                            m.lastConfirmMs = new $util.LongBits(d.lastConfirmMs.low >>> 0, d.lastConfirmMs.high >>> 0).toNumber();
                    }
                }
                if (d.lastErrorCode != null) {
                    if (typeof d.lastErrorCode !== "string" || d.lastErrorCode.length) {
                        m.lastErrorCode = $String(d.lastErrorCode);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an UplinkHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {edge.v1.UplinkHealth} m UplinkHealth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UplinkHealth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.connected = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sinceMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sinceMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.reconnects = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.reconnects = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastConfirmMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastConfirmMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.lastErrorCode = "";
                }
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    d.connected = m.connected;
                }
                if (m.sinceMs != null && $Object.hasOwnProperty.call(m, "sinceMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sinceMs = typeof m.sinceMs === "number" ? $BigInt(m.sinceMs) : $util.Long.fromBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sinceMs === "number")
                        d.sinceMs = o.longs === $String ? $String(m.sinceMs) : m.sinceMs;
                    else
                        d.sinceMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sinceMs) : o.longs === $Number ? new $util.LongBits(m.sinceMs.low >>> 0, m.sinceMs.high >>> 0).toNumber() : m.sinceMs;
                }
                if (m.reconnects != null && $Object.hasOwnProperty.call(m, "reconnects")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.reconnects = typeof m.reconnects === "number" ? $BigInt(m.reconnects) : $util.Long.fromBits(m.reconnects.low >>> 0, m.reconnects.high >>> 0, true).toBigInt();
                    else if (typeof m.reconnects === "number")
                        d.reconnects = o.longs === $String ? $String(m.reconnects) : m.reconnects;
                    else
                        d.reconnects = o.longs === $String ? $util.Long.prototype.toString.call(m.reconnects) : o.longs === $Number ? new $util.LongBits(m.reconnects.low >>> 0, m.reconnects.high >>> 0).toNumber(true) : m.reconnects;
                }
                if (m.lastConfirmMs != null && $Object.hasOwnProperty.call(m, "lastConfirmMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastConfirmMs = typeof m.lastConfirmMs === "number" ? $BigInt(m.lastConfirmMs) : $util.Long.fromBits(m.lastConfirmMs.low >>> 0, m.lastConfirmMs.high >>> 0, false).toBigInt();
                    else if (typeof m.lastConfirmMs === "number")
                        d.lastConfirmMs = o.longs === $String ? $String(m.lastConfirmMs) : m.lastConfirmMs;
                    else
                        d.lastConfirmMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastConfirmMs) : o.longs === $Number ? new $util.LongBits(m.lastConfirmMs.low >>> 0, m.lastConfirmMs.high >>> 0).toNumber() : m.lastConfirmMs;
                }
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode")) {
                    d.lastErrorCode = m.lastErrorCode;
                }
                return d;
            };

            /**
             * Converts this UplinkHealth to JSON.
             * @function toJSON
             * @memberof edge.v1.UplinkHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UplinkHealth.prototype.toJSON = function() {
                return UplinkHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UplinkHealth
             * @function getTypeUrl
             * @memberof edge.v1.UplinkHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UplinkHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.UplinkHealth";
            };

            return UplinkHealth;
        })();

        v1.SpoolClassHealth = (function() {

            /**
             * Properties of a SpoolClassHealth.
             * @typedef {Object} edge.v1.SpoolClassHealth.$Properties
             * @property {string|null} [spoolClass] SpoolClassHealth spoolClass
             * @property {number|null} [depth] SpoolClassHealth depth
             * @property {number|null} [bytes] SpoolClassHealth bytes
             * @property {number|null} [oldestUnsentAgeMs] SpoolClassHealth oldestUnsentAgeMs
             * @property {number|null} [inflight] SpoolClassHealth inflight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SpoolClassHealth.
             * @memberof edge.v1
             * @interface ISpoolClassHealth
             * @augments edge.v1.SpoolClassHealth.$Properties
             * @deprecated Use edge.v1.SpoolClassHealth.$Properties instead.
             */

            /**
             * Shape of a SpoolClassHealth.
             * @typedef {edge.v1.SpoolClassHealth.$Properties} edge.v1.SpoolClassHealth.$Shape
             */

            /**
             * Constructs a new SpoolClassHealth.
             * @memberof edge.v1
             * @classdesc Represents a SpoolClassHealth.
             * @constructor
             * @param {edge.v1.SpoolClassHealth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SpoolClassHealth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SpoolClassHealth spoolClass.
             * @member {string} spoolClass
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             */
            SpoolClassHealth.prototype.spoolClass = "";

            /**
             * SpoolClassHealth depth.
             * @member {number} depth
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             */
            SpoolClassHealth.prototype.depth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolClassHealth bytes.
             * @member {number} bytes
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             */
            SpoolClassHealth.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolClassHealth oldestUnsentAgeMs.
             * @member {number} oldestUnsentAgeMs
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             */
            SpoolClassHealth.prototype.oldestUnsentAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolClassHealth inflight.
             * @member {number} inflight
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             */
            SpoolClassHealth.prototype.inflight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SpoolClassHealth instance using the specified properties.
             * @function create
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {edge.v1.SpoolClassHealth.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SpoolClassHealth} SpoolClassHealth instance
             * @type {{
             *   (properties: edge.v1.SpoolClassHealth.$Shape): edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape;
             *   (properties?: edge.v1.SpoolClassHealth.$Properties): edge.v1.SpoolClassHealth;
             * }}
             */
            SpoolClassHealth.create = function(properties) {
                return new SpoolClassHealth(properties);
            };

            /**
             * Encodes the specified SpoolClassHealth message. Does not implicitly {@link edge.v1.SpoolClassHealth.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {edge.v1.SpoolClassHealth.$Properties} m SpoolClassHealth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpoolClassHealth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.spoolClass != null && $Object.hasOwnProperty.call(m, "spoolClass") && m.spoolClass !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.spoolClass);
                if (m.depth != null && $Object.hasOwnProperty.call(m, "depth") && (typeof m.depth === "object" ? m.depth.low || m.depth.high : m.depth !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.depth);
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.bytes);
                if (m.oldestUnsentAgeMs != null && $Object.hasOwnProperty.call(m, "oldestUnsentAgeMs") && (typeof m.oldestUnsentAgeMs === "object" ? m.oldestUnsentAgeMs.low || m.oldestUnsentAgeMs.high : m.oldestUnsentAgeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.oldestUnsentAgeMs);
                if (m.inflight != null && $Object.hasOwnProperty.call(m, "inflight") && (typeof m.inflight === "object" ? m.inflight.low || m.inflight.high : m.inflight !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.inflight);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SpoolClassHealth message, length delimited. Does not implicitly {@link edge.v1.SpoolClassHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {edge.v1.SpoolClassHealth.$Properties} message SpoolClassHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpoolClassHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SpoolClassHealth message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape} SpoolClassHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpoolClassHealth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SpoolClassHealth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.spoolClass = v;
                            else
                                delete m.spoolClass;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.depth = v;
                            else
                                delete m.depth;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytes = v;
                            else
                                delete m.bytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.oldestUnsentAgeMs = v;
                            else
                                delete m.oldestUnsentAgeMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.inflight = v;
                            else
                                delete m.inflight;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SpoolClassHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape} SpoolClassHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpoolClassHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SpoolClassHealth message.
             * @function verify
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpoolClassHealth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.spoolClass != null && $Object.hasOwnProperty.call(m, "spoolClass")) {
                    if (!$util.isString(m.spoolClass))
                        return "spoolClass: string expected";
                }
                if (m.depth != null && $Object.hasOwnProperty.call(m, "depth")) {
                    if (!$util.isInteger(m.depth) && !(m.depth && $util.isInteger(m.depth.low) && $util.isInteger(m.depth.high)))
                        return "depth: integer|Long expected";
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                        return "bytes: integer|Long expected";
                }
                if (m.oldestUnsentAgeMs != null && $Object.hasOwnProperty.call(m, "oldestUnsentAgeMs")) {
                    if (!$util.isInteger(m.oldestUnsentAgeMs) && !(m.oldestUnsentAgeMs && $util.isInteger(m.oldestUnsentAgeMs.low) && $util.isInteger(m.oldestUnsentAgeMs.high)))
                        return "oldestUnsentAgeMs: integer|Long expected";
                }
                if (m.inflight != null && $Object.hasOwnProperty.call(m, "inflight")) {
                    if (!$util.isInteger(m.inflight) && !(m.inflight && $util.isInteger(m.inflight.low) && $util.isInteger(m.inflight.high)))
                        return "inflight: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a SpoolClassHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SpoolClassHealth} SpoolClassHealth
             */
            SpoolClassHealth.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SpoolClassHealth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SpoolClassHealth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SpoolClassHealth();
                if (d.spoolClass != null) {
                    if (typeof d.spoolClass !== "string" || d.spoolClass.length) {
                        m.spoolClass = $String(d.spoolClass);
                    }
                }
                if (d.depth != null) {
                    if (typeof d.depth === "object" ? d.depth.low || d.depth.high : $Number(d.depth) !== 0) {
                        if ($util.Long)
                            m.depth = $util.Long.fromValue(d.depth, true);
                        else if (typeof d.depth === "string")
                            m.depth = $parseInt(d.depth, 10);
                        else if (typeof d.depth === "number")
                            m.depth = d.depth;
                        else if (typeof d.depth === "object")
                            m.depth = new $util.LongBits(d.depth.low >>> 0, d.depth.high >>> 0).toNumber(true);
                    }
                }
                if (d.bytes != null) {
                    if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                        if ($util.Long)
                            m.bytes = $util.Long.fromValue(d.bytes, true);
                        else if (typeof d.bytes === "string")
                            m.bytes = $parseInt(d.bytes, 10);
                        else if (typeof d.bytes === "number")
                            m.bytes = d.bytes;
                        else if (typeof d.bytes === "object")
                            m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.oldestUnsentAgeMs != null) {
                    if (typeof d.oldestUnsentAgeMs === "object" ? d.oldestUnsentAgeMs.low || d.oldestUnsentAgeMs.high : $Number(d.oldestUnsentAgeMs) !== 0) {
                        if ($util.Long)
                            m.oldestUnsentAgeMs = $util.Long.fromValue(d.oldestUnsentAgeMs, true);
                        else if (typeof d.oldestUnsentAgeMs === "string")
                            m.oldestUnsentAgeMs = $parseInt(d.oldestUnsentAgeMs, 10);
                        else if (typeof d.oldestUnsentAgeMs === "number")
                            m.oldestUnsentAgeMs = d.oldestUnsentAgeMs;
                        else if (typeof d.oldestUnsentAgeMs === "object")
                            m.oldestUnsentAgeMs = new $util.LongBits(d.oldestUnsentAgeMs.low >>> 0, d.oldestUnsentAgeMs.high >>> 0).toNumber(true);
                    }
                }
                if (d.inflight != null) {
                    if (typeof d.inflight === "object" ? d.inflight.low || d.inflight.high : $Number(d.inflight) !== 0) {
                        if ($util.Long)
                            m.inflight = $util.Long.fromValue(d.inflight, true);
                        else if (typeof d.inflight === "string")
                            m.inflight = $parseInt(d.inflight, 10);
                        else if (typeof d.inflight === "number")
                            m.inflight = d.inflight;
                        else if (typeof d.inflight === "object")
                            m.inflight = new $util.LongBits(d.inflight.low >>> 0, d.inflight.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SpoolClassHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {edge.v1.SpoolClassHealth} m SpoolClassHealth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpoolClassHealth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.spoolClass = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.depth = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.depth = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.oldestUnsentAgeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.oldestUnsentAgeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.inflight = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inflight = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.spoolClass != null && $Object.hasOwnProperty.call(m, "spoolClass")) {
                    d.spoolClass = m.spoolClass;
                }
                if (m.depth != null && $Object.hasOwnProperty.call(m, "depth")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.depth = typeof m.depth === "number" ? $BigInt(m.depth) : $util.Long.fromBits(m.depth.low >>> 0, m.depth.high >>> 0, true).toBigInt();
                    else if (typeof m.depth === "number")
                        d.depth = o.longs === $String ? $String(m.depth) : m.depth;
                    else
                        d.depth = o.longs === $String ? $util.Long.prototype.toString.call(m.depth) : o.longs === $Number ? new $util.LongBits(m.depth.low >>> 0, m.depth.high >>> 0).toNumber(true) : m.depth;
                }
                if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                    else if (typeof m.bytes === "number")
                        d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                    else
                        d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
                }
                if (m.oldestUnsentAgeMs != null && $Object.hasOwnProperty.call(m, "oldestUnsentAgeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.oldestUnsentAgeMs = typeof m.oldestUnsentAgeMs === "number" ? $BigInt(m.oldestUnsentAgeMs) : $util.Long.fromBits(m.oldestUnsentAgeMs.low >>> 0, m.oldestUnsentAgeMs.high >>> 0, true).toBigInt();
                    else if (typeof m.oldestUnsentAgeMs === "number")
                        d.oldestUnsentAgeMs = o.longs === $String ? $String(m.oldestUnsentAgeMs) : m.oldestUnsentAgeMs;
                    else
                        d.oldestUnsentAgeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.oldestUnsentAgeMs) : o.longs === $Number ? new $util.LongBits(m.oldestUnsentAgeMs.low >>> 0, m.oldestUnsentAgeMs.high >>> 0).toNumber(true) : m.oldestUnsentAgeMs;
                }
                if (m.inflight != null && $Object.hasOwnProperty.call(m, "inflight")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inflight = typeof m.inflight === "number" ? $BigInt(m.inflight) : $util.Long.fromBits(m.inflight.low >>> 0, m.inflight.high >>> 0, true).toBigInt();
                    else if (typeof m.inflight === "number")
                        d.inflight = o.longs === $String ? $String(m.inflight) : m.inflight;
                    else
                        d.inflight = o.longs === $String ? $util.Long.prototype.toString.call(m.inflight) : o.longs === $Number ? new $util.LongBits(m.inflight.low >>> 0, m.inflight.high >>> 0).toNumber(true) : m.inflight;
                }
                return d;
            };

            /**
             * Converts this SpoolClassHealth to JSON.
             * @function toJSON
             * @memberof edge.v1.SpoolClassHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpoolClassHealth.prototype.toJSON = function() {
                return SpoolClassHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SpoolClassHealth
             * @function getTypeUrl
             * @memberof edge.v1.SpoolClassHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SpoolClassHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SpoolClassHealth";
            };

            return SpoolClassHealth;
        })();

        v1.SpoolHealth = (function() {

            /**
             * Properties of a SpoolHealth.
             * @typedef {Object} edge.v1.SpoolHealth.$Properties
             * @property {Array.<edge.v1.SpoolClassHealth.$Properties>|null} [classes] SpoolHealth classes
             * @property {number|null} [usedBytes] SpoolHealth usedBytes
             * @property {number|null} [quotaBytes] SpoolHealth quotaBytes
             * @property {number|null} [freeBytes] SpoolHealth freeBytes
             * @property {number|null} [outageHoursLeft] SpoolHealth outageHoursLeft
             * @property {boolean|null} [outageHoursKnown] SpoolHealth outageHoursKnown
             * @property {boolean|null} [full] SpoolHealth full
             * @property {number|null} [corruptions] SpoolHealth corruptions
             * @property {number|null} [dropsTtl] SpoolHealth dropsTtl
             * @property {number|null} [dropsQuota] SpoolHealth dropsQuota
             * @property {number|null} [dropsSuperseded] SpoolHealth dropsSuperseded
             * @property {number|null} [lastSequence] SpoolHealth lastSequence
             * @property {number|null} [appendPerS] SpoolHealth appendPerS
             * @property {number|null} [drainPerS] SpoolHealth drainPerS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SpoolHealth.
             * @memberof edge.v1
             * @interface ISpoolHealth
             * @augments edge.v1.SpoolHealth.$Properties
             * @deprecated Use edge.v1.SpoolHealth.$Properties instead.
             */

            /**
             * Shape of a SpoolHealth.
             * @typedef {edge.v1.SpoolHealth.$Properties} edge.v1.SpoolHealth.$Shape
             */

            /**
             * Constructs a new SpoolHealth.
             * @memberof edge.v1
             * @classdesc Represents a SpoolHealth.
             * @constructor
             * @param {edge.v1.SpoolHealth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SpoolHealth = function (p) {
                this.classes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SpoolHealth classes.
             * @member {Array.<edge.v1.SpoolClassHealth.$Properties>} classes
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.classes = $util.emptyArray;

            /**
             * SpoolHealth usedBytes.
             * @member {number} usedBytes
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth quotaBytes.
             * @member {number} quotaBytes
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.quotaBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth freeBytes.
             * @member {number} freeBytes
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth outageHoursLeft.
             * @member {number} outageHoursLeft
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.outageHoursLeft = 0;

            /**
             * SpoolHealth outageHoursKnown.
             * @member {boolean} outageHoursKnown
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.outageHoursKnown = false;

            /**
             * SpoolHealth full.
             * @member {boolean} full
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.full = false;

            /**
             * SpoolHealth corruptions.
             * @member {number} corruptions
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.corruptions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth dropsTtl.
             * @member {number} dropsTtl
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.dropsTtl = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth dropsQuota.
             * @member {number} dropsQuota
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.dropsQuota = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth dropsSuperseded.
             * @member {number} dropsSuperseded
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.dropsSuperseded = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth lastSequence.
             * @member {number} lastSequence
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.lastSequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpoolHealth appendPerS.
             * @member {number} appendPerS
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.appendPerS = 0;

            /**
             * SpoolHealth drainPerS.
             * @member {number} drainPerS
             * @memberof edge.v1.SpoolHealth
             * @instance
             */
            SpoolHealth.prototype.drainPerS = 0;

            /**
             * Creates a new SpoolHealth instance using the specified properties.
             * @function create
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {edge.v1.SpoolHealth.$Properties=} [properties] Properties to set
             * @returns {edge.v1.SpoolHealth} SpoolHealth instance
             * @type {{
             *   (properties: edge.v1.SpoolHealth.$Shape): edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape;
             *   (properties?: edge.v1.SpoolHealth.$Properties): edge.v1.SpoolHealth;
             * }}
             */
            SpoolHealth.create = function(properties) {
                return new SpoolHealth(properties);
            };

            /**
             * Encodes the specified SpoolHealth message. Does not implicitly {@link edge.v1.SpoolHealth.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {edge.v1.SpoolHealth.$Properties} m SpoolHealth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpoolHealth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.classes != null && m.classes.length) {
                    for (var i = 0; i < m.classes.length; ++i)
                        $root.edge.v1.SpoolClassHealth.encode(m.classes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes") && (typeof m.usedBytes === "object" ? m.usedBytes.low || m.usedBytes.high : m.usedBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.usedBytes);
                if (m.quotaBytes != null && $Object.hasOwnProperty.call(m, "quotaBytes") && (typeof m.quotaBytes === "object" ? m.quotaBytes.low || m.quotaBytes.high : m.quotaBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.quotaBytes);
                if (m.freeBytes != null && $Object.hasOwnProperty.call(m, "freeBytes") && (typeof m.freeBytes === "object" ? m.freeBytes.low || m.freeBytes.high : m.freeBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.freeBytes);
                if (m.outageHoursLeft != null && $Object.hasOwnProperty.call(m, "outageHoursLeft") && !$Object.is(m.outageHoursLeft, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.outageHoursLeft);
                if (m.outageHoursKnown != null && $Object.hasOwnProperty.call(m, "outageHoursKnown") && m.outageHoursKnown !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.outageHoursKnown);
                if (m.full != null && $Object.hasOwnProperty.call(m, "full") && m.full !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.full);
                if (m.corruptions != null && $Object.hasOwnProperty.call(m, "corruptions") && (typeof m.corruptions === "object" ? m.corruptions.low || m.corruptions.high : m.corruptions !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.corruptions);
                if (m.dropsTtl != null && $Object.hasOwnProperty.call(m, "dropsTtl") && (typeof m.dropsTtl === "object" ? m.dropsTtl.low || m.dropsTtl.high : m.dropsTtl !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.dropsTtl);
                if (m.dropsQuota != null && $Object.hasOwnProperty.call(m, "dropsQuota") && (typeof m.dropsQuota === "object" ? m.dropsQuota.low || m.dropsQuota.high : m.dropsQuota !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.dropsQuota);
                if (m.dropsSuperseded != null && $Object.hasOwnProperty.call(m, "dropsSuperseded") && (typeof m.dropsSuperseded === "object" ? m.dropsSuperseded.low || m.dropsSuperseded.high : m.dropsSuperseded !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).uint64(m.dropsSuperseded);
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence") && (typeof m.lastSequence === "object" ? m.lastSequence.low || m.lastSequence.high : m.lastSequence !== 0))
                    w.uint32(/* id 12, wireType 0 =*/96).uint64(m.lastSequence);
                if (m.appendPerS != null && $Object.hasOwnProperty.call(m, "appendPerS") && !$Object.is(m.appendPerS, 0))
                    w.uint32(/* id 13, wireType 1 =*/105).double(m.appendPerS);
                if (m.drainPerS != null && $Object.hasOwnProperty.call(m, "drainPerS") && !$Object.is(m.drainPerS, 0))
                    w.uint32(/* id 14, wireType 1 =*/113).double(m.drainPerS);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SpoolHealth message, length delimited. Does not implicitly {@link edge.v1.SpoolHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {edge.v1.SpoolHealth.$Properties} message SpoolHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpoolHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SpoolHealth message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape} SpoolHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpoolHealth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.SpoolHealth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.classes && m.classes.length))
                                m.classes = [];
                            m.classes.push($root.edge.v1.SpoolClassHealth.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.usedBytes = v;
                            else
                                delete m.usedBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.quotaBytes = v;
                            else
                                delete m.quotaBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.freeBytes = v;
                            else
                                delete m.freeBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.outageHoursLeft = v;
                            else
                                delete m.outageHoursLeft;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.outageHoursKnown = v;
                            else
                                delete m.outageHoursKnown;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.full = v;
                            else
                                delete m.full;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.corruptions = v;
                            else
                                delete m.corruptions;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.dropsTtl = v;
                            else
                                delete m.dropsTtl;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.dropsQuota = v;
                            else
                                delete m.dropsQuota;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.dropsSuperseded = v;
                            else
                                delete m.dropsSuperseded;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSequence = v;
                            else
                                delete m.lastSequence;
                            continue;
                        }
                    case 13: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.appendPerS = v;
                            else
                                delete m.appendPerS;
                            continue;
                        }
                    case 14: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.drainPerS = v;
                            else
                                delete m.drainPerS;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SpoolHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape} SpoolHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpoolHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SpoolHealth message.
             * @function verify
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpoolHealth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.classes != null && $Object.hasOwnProperty.call(m, "classes")) {
                    if (!$Array.isArray(m.classes))
                        return "classes: array expected";
                    for (var i = 0; i < m.classes.length; ++i) {
                        {
                            var e = $root.edge.v1.SpoolClassHealth.verify(m.classes[i], q + 1);
                            if (e)
                                return "classes." + e;
                        }
                    }
                }
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes")) {
                    if (!$util.isInteger(m.usedBytes) && !(m.usedBytes && $util.isInteger(m.usedBytes.low) && $util.isInteger(m.usedBytes.high)))
                        return "usedBytes: integer|Long expected";
                }
                if (m.quotaBytes != null && $Object.hasOwnProperty.call(m, "quotaBytes")) {
                    if (!$util.isInteger(m.quotaBytes) && !(m.quotaBytes && $util.isInteger(m.quotaBytes.low) && $util.isInteger(m.quotaBytes.high)))
                        return "quotaBytes: integer|Long expected";
                }
                if (m.freeBytes != null && $Object.hasOwnProperty.call(m, "freeBytes")) {
                    if (!$util.isInteger(m.freeBytes) && !(m.freeBytes && $util.isInteger(m.freeBytes.low) && $util.isInteger(m.freeBytes.high)))
                        return "freeBytes: integer|Long expected";
                }
                if (m.outageHoursLeft != null && $Object.hasOwnProperty.call(m, "outageHoursLeft")) {
                    if (typeof m.outageHoursLeft !== "number")
                        return "outageHoursLeft: number expected";
                }
                if (m.outageHoursKnown != null && $Object.hasOwnProperty.call(m, "outageHoursKnown")) {
                    if (typeof m.outageHoursKnown !== "boolean")
                        return "outageHoursKnown: boolean expected";
                }
                if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                    if (typeof m.full !== "boolean")
                        return "full: boolean expected";
                }
                if (m.corruptions != null && $Object.hasOwnProperty.call(m, "corruptions")) {
                    if (!$util.isInteger(m.corruptions) && !(m.corruptions && $util.isInteger(m.corruptions.low) && $util.isInteger(m.corruptions.high)))
                        return "corruptions: integer|Long expected";
                }
                if (m.dropsTtl != null && $Object.hasOwnProperty.call(m, "dropsTtl")) {
                    if (!$util.isInteger(m.dropsTtl) && !(m.dropsTtl && $util.isInteger(m.dropsTtl.low) && $util.isInteger(m.dropsTtl.high)))
                        return "dropsTtl: integer|Long expected";
                }
                if (m.dropsQuota != null && $Object.hasOwnProperty.call(m, "dropsQuota")) {
                    if (!$util.isInteger(m.dropsQuota) && !(m.dropsQuota && $util.isInteger(m.dropsQuota.low) && $util.isInteger(m.dropsQuota.high)))
                        return "dropsQuota: integer|Long expected";
                }
                if (m.dropsSuperseded != null && $Object.hasOwnProperty.call(m, "dropsSuperseded")) {
                    if (!$util.isInteger(m.dropsSuperseded) && !(m.dropsSuperseded && $util.isInteger(m.dropsSuperseded.low) && $util.isInteger(m.dropsSuperseded.high)))
                        return "dropsSuperseded: integer|Long expected";
                }
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence")) {
                    if (!$util.isInteger(m.lastSequence) && !(m.lastSequence && $util.isInteger(m.lastSequence.low) && $util.isInteger(m.lastSequence.high)))
                        return "lastSequence: integer|Long expected";
                }
                if (m.appendPerS != null && $Object.hasOwnProperty.call(m, "appendPerS")) {
                    if (typeof m.appendPerS !== "number")
                        return "appendPerS: number expected";
                }
                if (m.drainPerS != null && $Object.hasOwnProperty.call(m, "drainPerS")) {
                    if (typeof m.drainPerS !== "number")
                        return "drainPerS: number expected";
                }
                return null;
            };

            /**
             * Creates a SpoolHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.SpoolHealth} SpoolHealth
             */
            SpoolHealth.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.SpoolHealth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.SpoolHealth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.SpoolHealth();
                if (d.classes) {
                    if (!$Array.isArray(d.classes))
                        throw $TypeError(".edge.v1.SpoolHealth.classes: array expected");
                    m.classes = $Array(d.classes.length);
                    for (var i = 0; i < d.classes.length; ++i) {
                        if (!$util.isObject(d.classes[i]))
                            throw $TypeError(".edge.v1.SpoolHealth.classes: object expected");
                        m.classes[i] = $root.edge.v1.SpoolClassHealth.fromObject(d.classes[i], q + 1);
                    }
                }
                if (d.usedBytes != null) {
                    if (typeof d.usedBytes === "object" ? d.usedBytes.low || d.usedBytes.high : $Number(d.usedBytes) !== 0) {
                        if ($util.Long)
                            m.usedBytes = $util.Long.fromValue(d.usedBytes, true);
                        else if (typeof d.usedBytes === "string")
                            m.usedBytes = $parseInt(d.usedBytes, 10);
                        else if (typeof d.usedBytes === "number")
                            m.usedBytes = d.usedBytes;
                        else if (typeof d.usedBytes === "object")
                            m.usedBytes = new $util.LongBits(d.usedBytes.low >>> 0, d.usedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.quotaBytes != null) {
                    if (typeof d.quotaBytes === "object" ? d.quotaBytes.low || d.quotaBytes.high : $Number(d.quotaBytes) !== 0) {
                        if ($util.Long)
                            m.quotaBytes = $util.Long.fromValue(d.quotaBytes, true);
                        else if (typeof d.quotaBytes === "string")
                            m.quotaBytes = $parseInt(d.quotaBytes, 10);
                        else if (typeof d.quotaBytes === "number")
                            m.quotaBytes = d.quotaBytes;
                        else if (typeof d.quotaBytes === "object")
                            m.quotaBytes = new $util.LongBits(d.quotaBytes.low >>> 0, d.quotaBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.freeBytes != null) {
                    if (typeof d.freeBytes === "object" ? d.freeBytes.low || d.freeBytes.high : $Number(d.freeBytes) !== 0) {
                        if ($util.Long)
                            m.freeBytes = $util.Long.fromValue(d.freeBytes, true);
                        else if (typeof d.freeBytes === "string")
                            m.freeBytes = $parseInt(d.freeBytes, 10);
                        else if (typeof d.freeBytes === "number")
                            m.freeBytes = d.freeBytes;
                        else if (typeof d.freeBytes === "object")
                            m.freeBytes = new $util.LongBits(d.freeBytes.low >>> 0, d.freeBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.outageHoursLeft != null) {
                    if (!$Object.is($Number(d.outageHoursLeft), 0)) {
                        m.outageHoursLeft = $Number(d.outageHoursLeft);
                    }
                }
                if (d.outageHoursKnown != null) {
                    if (d.outageHoursKnown) {
                        m.outageHoursKnown = $Boolean(d.outageHoursKnown);
                    }
                }
                if (d.full != null) {
                    if (d.full) {
                        m.full = $Boolean(d.full);
                    }
                }
                if (d.corruptions != null) {
                    if (typeof d.corruptions === "object" ? d.corruptions.low || d.corruptions.high : $Number(d.corruptions) !== 0) {
                        if ($util.Long)
                            m.corruptions = $util.Long.fromValue(d.corruptions, true);
                        else if (typeof d.corruptions === "string")
                            m.corruptions = $parseInt(d.corruptions, 10);
                        else if (typeof d.corruptions === "number")
                            m.corruptions = d.corruptions;
                        else if (typeof d.corruptions === "object")
                            m.corruptions = new $util.LongBits(d.corruptions.low >>> 0, d.corruptions.high >>> 0).toNumber(true);
                    }
                }
                if (d.dropsTtl != null) {
                    if (typeof d.dropsTtl === "object" ? d.dropsTtl.low || d.dropsTtl.high : $Number(d.dropsTtl) !== 0) {
                        if ($util.Long)
                            m.dropsTtl = $util.Long.fromValue(d.dropsTtl, true);
                        else if (typeof d.dropsTtl === "string")
                            m.dropsTtl = $parseInt(d.dropsTtl, 10);
                        else if (typeof d.dropsTtl === "number")
                            m.dropsTtl = d.dropsTtl;
                        else if (typeof d.dropsTtl === "object")
                            m.dropsTtl = new $util.LongBits(d.dropsTtl.low >>> 0, d.dropsTtl.high >>> 0).toNumber(true);
                    }
                }
                if (d.dropsQuota != null) {
                    if (typeof d.dropsQuota === "object" ? d.dropsQuota.low || d.dropsQuota.high : $Number(d.dropsQuota) !== 0) {
                        if ($util.Long)
                            m.dropsQuota = $util.Long.fromValue(d.dropsQuota, true);
                        else if (typeof d.dropsQuota === "string")
                            m.dropsQuota = $parseInt(d.dropsQuota, 10);
                        else if (typeof d.dropsQuota === "number")
                            m.dropsQuota = d.dropsQuota;
                        else if (typeof d.dropsQuota === "object")
                            m.dropsQuota = new $util.LongBits(d.dropsQuota.low >>> 0, d.dropsQuota.high >>> 0).toNumber(true);
                    }
                }
                if (d.dropsSuperseded != null) {
                    if (typeof d.dropsSuperseded === "object" ? d.dropsSuperseded.low || d.dropsSuperseded.high : $Number(d.dropsSuperseded) !== 0) {
                        if ($util.Long)
                            m.dropsSuperseded = $util.Long.fromValue(d.dropsSuperseded, true);
                        else if (typeof d.dropsSuperseded === "string")
                            m.dropsSuperseded = $parseInt(d.dropsSuperseded, 10);
                        else if (typeof d.dropsSuperseded === "number")
                            m.dropsSuperseded = d.dropsSuperseded;
                        else if (typeof d.dropsSuperseded === "object")
                            m.dropsSuperseded = new $util.LongBits(d.dropsSuperseded.low >>> 0, d.dropsSuperseded.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastSequence != null) {
                    if (typeof d.lastSequence === "object" ? d.lastSequence.low || d.lastSequence.high : $Number(d.lastSequence) !== 0) {
                        if ($util.Long)
                            m.lastSequence = $util.Long.fromValue(d.lastSequence, true);
                        else if (typeof d.lastSequence === "string")
                            m.lastSequence = $parseInt(d.lastSequence, 10);
                        else if (typeof d.lastSequence === "number")
                            m.lastSequence = d.lastSequence;
                        else if (typeof d.lastSequence === "object")
                            m.lastSequence = new $util.LongBits(d.lastSequence.low >>> 0, d.lastSequence.high >>> 0).toNumber(true);
                    }
                }
                if (d.appendPerS != null) {
                    if (!$Object.is($Number(d.appendPerS), 0)) {
                        m.appendPerS = $Number(d.appendPerS);
                    }
                }
                if (d.drainPerS != null) {
                    if (!$Object.is($Number(d.drainPerS), 0)) {
                        m.drainPerS = $Number(d.drainPerS);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SpoolHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {edge.v1.SpoolHealth} m SpoolHealth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpoolHealth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.classes = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.usedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.usedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.quotaBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.quotaBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.freeBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.freeBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.outageHoursLeft = 0;
                    d.outageHoursKnown = false;
                    d.full = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.corruptions = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.corruptions = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.dropsTtl = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dropsTtl = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.dropsQuota = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dropsQuota = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.dropsSuperseded = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.dropsSuperseded = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastSequence = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSequence = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.appendPerS = 0;
                    d.drainPerS = 0;
                }
                if (m.classes && m.classes.length) {
                    d.classes = $Array(m.classes.length);
                    for (var j = 0; j < m.classes.length; ++j) {
                        d.classes[j] = $root.edge.v1.SpoolClassHealth.toObject(m.classes[j], o, q + 1);
                    }
                }
                if (m.usedBytes != null && $Object.hasOwnProperty.call(m, "usedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.usedBytes = typeof m.usedBytes === "number" ? $BigInt(m.usedBytes) : $util.Long.fromBits(m.usedBytes.low >>> 0, m.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.usedBytes === "number")
                        d.usedBytes = o.longs === $String ? $String(m.usedBytes) : m.usedBytes;
                    else
                        d.usedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.usedBytes) : o.longs === $Number ? new $util.LongBits(m.usedBytes.low >>> 0, m.usedBytes.high >>> 0).toNumber(true) : m.usedBytes;
                }
                if (m.quotaBytes != null && $Object.hasOwnProperty.call(m, "quotaBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.quotaBytes = typeof m.quotaBytes === "number" ? $BigInt(m.quotaBytes) : $util.Long.fromBits(m.quotaBytes.low >>> 0, m.quotaBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.quotaBytes === "number")
                        d.quotaBytes = o.longs === $String ? $String(m.quotaBytes) : m.quotaBytes;
                    else
                        d.quotaBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.quotaBytes) : o.longs === $Number ? new $util.LongBits(m.quotaBytes.low >>> 0, m.quotaBytes.high >>> 0).toNumber(true) : m.quotaBytes;
                }
                if (m.freeBytes != null && $Object.hasOwnProperty.call(m, "freeBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.freeBytes = typeof m.freeBytes === "number" ? $BigInt(m.freeBytes) : $util.Long.fromBits(m.freeBytes.low >>> 0, m.freeBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.freeBytes === "number")
                        d.freeBytes = o.longs === $String ? $String(m.freeBytes) : m.freeBytes;
                    else
                        d.freeBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.freeBytes) : o.longs === $Number ? new $util.LongBits(m.freeBytes.low >>> 0, m.freeBytes.high >>> 0).toNumber(true) : m.freeBytes;
                }
                if (m.outageHoursLeft != null && $Object.hasOwnProperty.call(m, "outageHoursLeft")) {
                    d.outageHoursLeft = o.json && !$isFinite(m.outageHoursLeft) ? $String(m.outageHoursLeft) : m.outageHoursLeft;
                }
                if (m.outageHoursKnown != null && $Object.hasOwnProperty.call(m, "outageHoursKnown")) {
                    d.outageHoursKnown = m.outageHoursKnown;
                }
                if (m.full != null && $Object.hasOwnProperty.call(m, "full")) {
                    d.full = m.full;
                }
                if (m.corruptions != null && $Object.hasOwnProperty.call(m, "corruptions")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.corruptions = typeof m.corruptions === "number" ? $BigInt(m.corruptions) : $util.Long.fromBits(m.corruptions.low >>> 0, m.corruptions.high >>> 0, true).toBigInt();
                    else if (typeof m.corruptions === "number")
                        d.corruptions = o.longs === $String ? $String(m.corruptions) : m.corruptions;
                    else
                        d.corruptions = o.longs === $String ? $util.Long.prototype.toString.call(m.corruptions) : o.longs === $Number ? new $util.LongBits(m.corruptions.low >>> 0, m.corruptions.high >>> 0).toNumber(true) : m.corruptions;
                }
                if (m.dropsTtl != null && $Object.hasOwnProperty.call(m, "dropsTtl")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dropsTtl = typeof m.dropsTtl === "number" ? $BigInt(m.dropsTtl) : $util.Long.fromBits(m.dropsTtl.low >>> 0, m.dropsTtl.high >>> 0, true).toBigInt();
                    else if (typeof m.dropsTtl === "number")
                        d.dropsTtl = o.longs === $String ? $String(m.dropsTtl) : m.dropsTtl;
                    else
                        d.dropsTtl = o.longs === $String ? $util.Long.prototype.toString.call(m.dropsTtl) : o.longs === $Number ? new $util.LongBits(m.dropsTtl.low >>> 0, m.dropsTtl.high >>> 0).toNumber(true) : m.dropsTtl;
                }
                if (m.dropsQuota != null && $Object.hasOwnProperty.call(m, "dropsQuota")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dropsQuota = typeof m.dropsQuota === "number" ? $BigInt(m.dropsQuota) : $util.Long.fromBits(m.dropsQuota.low >>> 0, m.dropsQuota.high >>> 0, true).toBigInt();
                    else if (typeof m.dropsQuota === "number")
                        d.dropsQuota = o.longs === $String ? $String(m.dropsQuota) : m.dropsQuota;
                    else
                        d.dropsQuota = o.longs === $String ? $util.Long.prototype.toString.call(m.dropsQuota) : o.longs === $Number ? new $util.LongBits(m.dropsQuota.low >>> 0, m.dropsQuota.high >>> 0).toNumber(true) : m.dropsQuota;
                }
                if (m.dropsSuperseded != null && $Object.hasOwnProperty.call(m, "dropsSuperseded")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.dropsSuperseded = typeof m.dropsSuperseded === "number" ? $BigInt(m.dropsSuperseded) : $util.Long.fromBits(m.dropsSuperseded.low >>> 0, m.dropsSuperseded.high >>> 0, true).toBigInt();
                    else if (typeof m.dropsSuperseded === "number")
                        d.dropsSuperseded = o.longs === $String ? $String(m.dropsSuperseded) : m.dropsSuperseded;
                    else
                        d.dropsSuperseded = o.longs === $String ? $util.Long.prototype.toString.call(m.dropsSuperseded) : o.longs === $Number ? new $util.LongBits(m.dropsSuperseded.low >>> 0, m.dropsSuperseded.high >>> 0).toNumber(true) : m.dropsSuperseded;
                }
                if (m.lastSequence != null && $Object.hasOwnProperty.call(m, "lastSequence")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSequence = typeof m.lastSequence === "number" ? $BigInt(m.lastSequence) : $util.Long.fromBits(m.lastSequence.low >>> 0, m.lastSequence.high >>> 0, true).toBigInt();
                    else if (typeof m.lastSequence === "number")
                        d.lastSequence = o.longs === $String ? $String(m.lastSequence) : m.lastSequence;
                    else
                        d.lastSequence = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSequence) : o.longs === $Number ? new $util.LongBits(m.lastSequence.low >>> 0, m.lastSequence.high >>> 0).toNumber(true) : m.lastSequence;
                }
                if (m.appendPerS != null && $Object.hasOwnProperty.call(m, "appendPerS")) {
                    d.appendPerS = o.json && !$isFinite(m.appendPerS) ? $String(m.appendPerS) : m.appendPerS;
                }
                if (m.drainPerS != null && $Object.hasOwnProperty.call(m, "drainPerS")) {
                    d.drainPerS = o.json && !$isFinite(m.drainPerS) ? $String(m.drainPerS) : m.drainPerS;
                }
                return d;
            };

            /**
             * Converts this SpoolHealth to JSON.
             * @function toJSON
             * @memberof edge.v1.SpoolHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpoolHealth.prototype.toJSON = function() {
                return SpoolHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SpoolHealth
             * @function getTypeUrl
             * @memberof edge.v1.SpoolHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SpoolHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.SpoolHealth";
            };

            return SpoolHealth;
        })();

        v1.DeviceClock = (function() {

            /**
             * Properties of a DeviceClock.
             * @typedef {Object} edge.v1.DeviceClock.$Properties
             * @property {number|null} [offsetMs] DeviceClock offsetMs
             * @property {boolean|null} [trusted] DeviceClock trusted
             * @property {boolean|null} [jumped] DeviceClock jumped
             * @property {boolean|null} [skewed] DeviceClock skewed
             * @property {number|null} [sampleTimeMs] DeviceClock sampleTimeMs
             * @property {number|null} [samples] DeviceClock samples
             * @property {boolean|null} [known] DeviceClock known
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceClock.
             * @memberof edge.v1
             * @interface IDeviceClock
             * @augments edge.v1.DeviceClock.$Properties
             * @deprecated Use edge.v1.DeviceClock.$Properties instead.
             */

            /**
             * Shape of a DeviceClock.
             * @typedef {edge.v1.DeviceClock.$Properties} edge.v1.DeviceClock.$Shape
             */

            /**
             * Constructs a new DeviceClock.
             * @memberof edge.v1
             * @classdesc Represents a DeviceClock.
             * @constructor
             * @param {edge.v1.DeviceClock.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceClock = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceClock offsetMs.
             * @member {number} offsetMs
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.offsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceClock trusted.
             * @member {boolean} trusted
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.trusted = false;

            /**
             * DeviceClock jumped.
             * @member {boolean} jumped
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.jumped = false;

            /**
             * DeviceClock skewed.
             * @member {boolean} skewed
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.skewed = false;

            /**
             * DeviceClock sampleTimeMs.
             * @member {number} sampleTimeMs
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.sampleTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceClock samples.
             * @member {number} samples
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.samples = 0;

            /**
             * DeviceClock known.
             * @member {boolean} known
             * @memberof edge.v1.DeviceClock
             * @instance
             */
            DeviceClock.prototype.known = false;

            /**
             * Creates a new DeviceClock instance using the specified properties.
             * @function create
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {edge.v1.DeviceClock.$Properties=} [properties] Properties to set
             * @returns {edge.v1.DeviceClock} DeviceClock instance
             * @type {{
             *   (properties: edge.v1.DeviceClock.$Shape): edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape;
             *   (properties?: edge.v1.DeviceClock.$Properties): edge.v1.DeviceClock;
             * }}
             */
            DeviceClock.create = function(properties) {
                return new DeviceClock(properties);
            };

            /**
             * Encodes the specified DeviceClock message. Does not implicitly {@link edge.v1.DeviceClock.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {edge.v1.DeviceClock.$Properties} m DeviceClock message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceClock.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs") && (typeof m.offsetMs === "object" ? m.offsetMs.low || m.offsetMs.high : m.offsetMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.offsetMs);
                if (m.trusted != null && $Object.hasOwnProperty.call(m, "trusted") && m.trusted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.trusted);
                if (m.jumped != null && $Object.hasOwnProperty.call(m, "jumped") && m.jumped !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.jumped);
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed") && m.skewed !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.skewed);
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs") && (typeof m.sampleTimeMs === "object" ? m.sampleTimeMs.low || m.sampleTimeMs.high : m.sampleTimeMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.sampleTimeMs);
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples") && m.samples !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.samples);
                if (m.known != null && $Object.hasOwnProperty.call(m, "known") && m.known !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.known);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceClock message, length delimited. Does not implicitly {@link edge.v1.DeviceClock.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {edge.v1.DeviceClock.$Properties} message DeviceClock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceClock.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceClock message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape} DeviceClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceClock.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.DeviceClock();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.offsetMs = v;
                            else
                                delete m.offsetMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.trusted = v;
                            else
                                delete m.trusted;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.jumped = v;
                            else
                                delete m.jumped;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.skewed = v;
                            else
                                delete m.skewed;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sampleTimeMs = v;
                            else
                                delete m.sampleTimeMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.samples = v;
                            else
                                delete m.samples;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.known = v;
                            else
                                delete m.known;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DeviceClock message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape} DeviceClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceClock.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceClock message.
             * @function verify
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceClock.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (!$util.isInteger(m.offsetMs) && !(m.offsetMs && $util.isInteger(m.offsetMs.low) && $util.isInteger(m.offsetMs.high)))
                        return "offsetMs: integer|Long expected";
                }
                if (m.trusted != null && $Object.hasOwnProperty.call(m, "trusted")) {
                    if (typeof m.trusted !== "boolean")
                        return "trusted: boolean expected";
                }
                if (m.jumped != null && $Object.hasOwnProperty.call(m, "jumped")) {
                    if (typeof m.jumped !== "boolean")
                        return "jumped: boolean expected";
                }
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed")) {
                    if (typeof m.skewed !== "boolean")
                        return "skewed: boolean expected";
                }
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs")) {
                    if (!$util.isInteger(m.sampleTimeMs) && !(m.sampleTimeMs && $util.isInteger(m.sampleTimeMs.low) && $util.isInteger(m.sampleTimeMs.high)))
                        return "sampleTimeMs: integer|Long expected";
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    if (!$util.isInteger(m.samples))
                        return "samples: integer expected";
                }
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    if (typeof m.known !== "boolean")
                        return "known: boolean expected";
                }
                return null;
            };

            /**
             * Creates a DeviceClock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.DeviceClock} DeviceClock
             */
            DeviceClock.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.DeviceClock)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.DeviceClock: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.DeviceClock();
                if (d.offsetMs != null) {
                    if (typeof d.offsetMs === "object" ? d.offsetMs.low || d.offsetMs.high : $Number(d.offsetMs) !== 0) {
                        if ($util.Long)
                            m.offsetMs = $util.Long.fromValue(d.offsetMs, false);
                        else if (typeof d.offsetMs === "string")
                            m.offsetMs = $parseInt(d.offsetMs, 10);
                        else if (typeof d.offsetMs === "number")
                            m.offsetMs = d.offsetMs;
                        else if (typeof d.offsetMs === "object")
                            m.offsetMs = new $util.LongBits(d.offsetMs.low >>> 0, d.offsetMs.high >>> 0).toNumber();
                    }
                }
                if (d.trusted != null) {
                    if (d.trusted) {
                        m.trusted = $Boolean(d.trusted);
                    }
                }
                if (d.jumped != null) {
                    if (d.jumped) {
                        m.jumped = $Boolean(d.jumped);
                    }
                }
                if (d.skewed != null) {
                    if (d.skewed) {
                        m.skewed = $Boolean(d.skewed);
                    }
                }
                if (d.sampleTimeMs != null) {
                    if (typeof d.sampleTimeMs === "object" ? d.sampleTimeMs.low || d.sampleTimeMs.high : $Number(d.sampleTimeMs) !== 0) {
                        if ($util.Long)
                            m.sampleTimeMs = $util.Long.fromValue(d.sampleTimeMs, false);
                        else if (typeof d.sampleTimeMs === "string")
                            m.sampleTimeMs = $parseInt(d.sampleTimeMs, 10);
                        else if (typeof d.sampleTimeMs === "number")
                            m.sampleTimeMs = d.sampleTimeMs;
                        else if (typeof d.sampleTimeMs === "object")
                            m.sampleTimeMs = new $util.LongBits(d.sampleTimeMs.low >>> 0, d.sampleTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.samples != null) {
                    if ($Number(d.samples) !== 0) {
                        m.samples = d.samples >>> 0;
                    }
                }
                if (d.known != null) {
                    if (d.known) {
                        m.known = $Boolean(d.known);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceClock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {edge.v1.DeviceClock} m DeviceClock
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceClock.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.offsetMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offsetMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.trusted = false;
                    d.jumped = false;
                    d.skewed = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sampleTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sampleTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.samples = 0;
                    d.known = false;
                }
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offsetMs = typeof m.offsetMs === "number" ? $BigInt(m.offsetMs) : $util.Long.fromBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0, false).toBigInt();
                    else if (typeof m.offsetMs === "number")
                        d.offsetMs = o.longs === $String ? $String(m.offsetMs) : m.offsetMs;
                    else
                        d.offsetMs = o.longs === $String ? $util.Long.prototype.toString.call(m.offsetMs) : o.longs === $Number ? new $util.LongBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0).toNumber() : m.offsetMs;
                }
                if (m.trusted != null && $Object.hasOwnProperty.call(m, "trusted")) {
                    d.trusted = m.trusted;
                }
                if (m.jumped != null && $Object.hasOwnProperty.call(m, "jumped")) {
                    d.jumped = m.jumped;
                }
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed")) {
                    d.skewed = m.skewed;
                }
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sampleTimeMs = typeof m.sampleTimeMs === "number" ? $BigInt(m.sampleTimeMs) : $util.Long.fromBits(m.sampleTimeMs.low >>> 0, m.sampleTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sampleTimeMs === "number")
                        d.sampleTimeMs = o.longs === $String ? $String(m.sampleTimeMs) : m.sampleTimeMs;
                    else
                        d.sampleTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sampleTimeMs) : o.longs === $Number ? new $util.LongBits(m.sampleTimeMs.low >>> 0, m.sampleTimeMs.high >>> 0).toNumber() : m.sampleTimeMs;
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    d.samples = m.samples;
                }
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    d.known = m.known;
                }
                return d;
            };

            /**
             * Converts this DeviceClock to JSON.
             * @function toJSON
             * @memberof edge.v1.DeviceClock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceClock.prototype.toJSON = function() {
                return DeviceClock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceClock
             * @function getTypeUrl
             * @memberof edge.v1.DeviceClock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceClock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.DeviceClock";
            };

            return DeviceClock;
        })();

        v1.MachineHealth = (function() {

            /**
             * Properties of a MachineHealth.
             * @typedef {Object} edge.v1.MachineHealth.$Properties
             * @property {string|null} [deviceId] MachineHealth deviceId
             * @property {edge.v1.DeviceKind|null} [kind] MachineHealth kind
             * @property {string|null} [transport] MachineHealth transport
             * @property {boolean|null} [online] MachineHealth online
             * @property {number|null} [lastSeenMs] MachineHealth lastSeenMs
             * @property {number|null} [received] MachineHealth received
             * @property {number|null} [rejected] MachineHealth rejected
             * @property {number|null} [forwarded] MachineHealth forwarded
             * @property {string|null} [lastErrorCode] MachineHealth lastErrorCode
             * @property {number|null} [lastErrorMs] MachineHealth lastErrorMs
             * @property {number|null} [countsSinceMs] MachineHealth countsSinceMs
             * @property {edge.v1.DeviceClock.$Properties|null} [clock] MachineHealth clock
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MachineHealth.
             * @memberof edge.v1
             * @interface IMachineHealth
             * @augments edge.v1.MachineHealth.$Properties
             * @deprecated Use edge.v1.MachineHealth.$Properties instead.
             */

            /**
             * Shape of a MachineHealth.
             * @typedef {edge.v1.MachineHealth.$Properties} edge.v1.MachineHealth.$Shape
             */

            /**
             * Constructs a new MachineHealth.
             * @memberof edge.v1
             * @classdesc Represents a MachineHealth.
             * @constructor
             * @param {edge.v1.MachineHealth.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MachineHealth = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MachineHealth deviceId.
             * @member {string} deviceId
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.deviceId = "";

            /**
             * MachineHealth kind.
             * @member {edge.v1.DeviceKind} kind
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.kind = 0;

            /**
             * MachineHealth transport.
             * @member {string} transport
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.transport = "";

            /**
             * MachineHealth online.
             * @member {boolean} online
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.online = false;

            /**
             * MachineHealth lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineHealth received.
             * @member {number} received
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.received = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MachineHealth rejected.
             * @member {number} rejected
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.rejected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MachineHealth forwarded.
             * @member {number} forwarded
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.forwarded = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MachineHealth lastErrorCode.
             * @member {string} lastErrorCode
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.lastErrorCode = "";

            /**
             * MachineHealth lastErrorMs.
             * @member {number} lastErrorMs
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.lastErrorMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineHealth countsSinceMs.
             * @member {number} countsSinceMs
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.countsSinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MachineHealth clock.
             * @member {edge.v1.DeviceClock.$Properties|null|undefined} clock
             * @memberof edge.v1.MachineHealth
             * @instance
             */
            MachineHealth.prototype.clock = null;

            /**
             * Creates a new MachineHealth instance using the specified properties.
             * @function create
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {edge.v1.MachineHealth.$Properties=} [properties] Properties to set
             * @returns {edge.v1.MachineHealth} MachineHealth instance
             * @type {{
             *   (properties: edge.v1.MachineHealth.$Shape): edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape;
             *   (properties?: edge.v1.MachineHealth.$Properties): edge.v1.MachineHealth;
             * }}
             */
            MachineHealth.create = function(properties) {
                return new MachineHealth(properties);
            };

            /**
             * Encodes the specified MachineHealth message. Does not implicitly {@link edge.v1.MachineHealth.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {edge.v1.MachineHealth.$Properties} m MachineHealth message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineHealth.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.kind);
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport") && m.transport !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.transport);
                if (m.online != null && $Object.hasOwnProperty.call(m, "online") && m.online !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.online);
                if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs") && (typeof m.lastSeenMs === "object" ? m.lastSeenMs.low || m.lastSeenMs.high : m.lastSeenMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.lastSeenMs);
                if (m.received != null && $Object.hasOwnProperty.call(m, "received") && (typeof m.received === "object" ? m.received.low || m.received.high : m.received !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.received);
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected") && (typeof m.rejected === "object" ? m.rejected.low || m.rejected.high : m.rejected !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.rejected);
                if (m.forwarded != null && $Object.hasOwnProperty.call(m, "forwarded") && (typeof m.forwarded === "object" ? m.forwarded.low || m.forwarded.high : m.forwarded !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.forwarded);
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode") && m.lastErrorCode !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.lastErrorCode);
                if (m.lastErrorMs != null && $Object.hasOwnProperty.call(m, "lastErrorMs") && (typeof m.lastErrorMs === "object" ? m.lastErrorMs.low || m.lastErrorMs.high : m.lastErrorMs !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.lastErrorMs);
                if (m.countsSinceMs != null && $Object.hasOwnProperty.call(m, "countsSinceMs") && (typeof m.countsSinceMs === "object" ? m.countsSinceMs.low || m.countsSinceMs.high : m.countsSinceMs !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.countsSinceMs);
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock"))
                    $root.edge.v1.DeviceClock.encode(m.clock, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MachineHealth message, length delimited. Does not implicitly {@link edge.v1.MachineHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {edge.v1.MachineHealth.$Properties} message MachineHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MachineHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MachineHealth message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape} MachineHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineHealth.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.MachineHealth();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.transport = v;
                            else
                                delete m.transport;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.online = v;
                            else
                                delete m.online;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSeenMs = v;
                            else
                                delete m.lastSeenMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.received = v;
                            else
                                delete m.received;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rejected = v;
                            else
                                delete m.rejected;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.forwarded = v;
                            else
                                delete m.forwarded;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastErrorCode = v;
                            else
                                delete m.lastErrorCode;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastErrorMs = v;
                            else
                                delete m.lastErrorMs;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.countsSinceMs = v;
                            else
                                delete m.countsSinceMs;
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.clock = $root.edge.v1.DeviceClock.decode(r, r.size(), $undefined, q + 1, m.clock);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MachineHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape} MachineHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MachineHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MachineHealth message.
             * @function verify
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MachineHealth.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                        return "kind: enum value expected";
                }
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport")) {
                    if (!$util.isString(m.transport))
                        return "transport: string expected";
                }
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    if (typeof m.online !== "boolean")
                        return "online: boolean expected";
                }
                if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                    if (!$util.isInteger(m.lastSeenMs) && !(m.lastSeenMs && $util.isInteger(m.lastSeenMs.low) && $util.isInteger(m.lastSeenMs.high)))
                        return "lastSeenMs: integer|Long expected";
                }
                if (m.received != null && $Object.hasOwnProperty.call(m, "received")) {
                    if (!$util.isInteger(m.received) && !(m.received && $util.isInteger(m.received.low) && $util.isInteger(m.received.high)))
                        return "received: integer|Long expected";
                }
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected")) {
                    if (!$util.isInteger(m.rejected) && !(m.rejected && $util.isInteger(m.rejected.low) && $util.isInteger(m.rejected.high)))
                        return "rejected: integer|Long expected";
                }
                if (m.forwarded != null && $Object.hasOwnProperty.call(m, "forwarded")) {
                    if (!$util.isInteger(m.forwarded) && !(m.forwarded && $util.isInteger(m.forwarded.low) && $util.isInteger(m.forwarded.high)))
                        return "forwarded: integer|Long expected";
                }
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode")) {
                    if (!$util.isString(m.lastErrorCode))
                        return "lastErrorCode: string expected";
                }
                if (m.lastErrorMs != null && $Object.hasOwnProperty.call(m, "lastErrorMs")) {
                    if (!$util.isInteger(m.lastErrorMs) && !(m.lastErrorMs && $util.isInteger(m.lastErrorMs.low) && $util.isInteger(m.lastErrorMs.high)))
                        return "lastErrorMs: integer|Long expected";
                }
                if (m.countsSinceMs != null && $Object.hasOwnProperty.call(m, "countsSinceMs")) {
                    if (!$util.isInteger(m.countsSinceMs) && !(m.countsSinceMs && $util.isInteger(m.countsSinceMs.low) && $util.isInteger(m.countsSinceMs.high)))
                        return "countsSinceMs: integer|Long expected";
                }
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock")) {
                    {
                        var e = $root.edge.v1.DeviceClock.verify(m.clock, q + 1);
                        if (e)
                            return "clock." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a MachineHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.MachineHealth} MachineHealth
             */
            MachineHealth.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.MachineHealth)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.MachineHealth: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.MachineHealth();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.kind !== 0 && (typeof d.kind !== "string" || $root.edge.v1.DeviceKind[d.kind] !== 0)) {
                    switch (d.kind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        m.kind = 0;
                        break;
                    case "DEVICE_KIND_TELLER":
                    case 1:
                        m.kind = 1;
                        break;
                    case "DEVICE_KIND_VENDING":
                    case 2:
                        m.kind = 2;
                        break;
                    case "DEVICE_KIND_LOCKER":
                    case 3:
                        m.kind = 3;
                        break;
                    default:
                        if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                            m.kind = d.kind;
                    }
                }
                if (d.transport != null) {
                    if (typeof d.transport !== "string" || d.transport.length) {
                        m.transport = $String(d.transport);
                    }
                }
                if (d.online != null) {
                    if (d.online) {
                        m.online = $Boolean(d.online);
                    }
                }
                if (d.lastSeenMs != null) {
                    if (typeof d.lastSeenMs === "object" ? d.lastSeenMs.low || d.lastSeenMs.high : $Number(d.lastSeenMs) !== 0) {
                        if ($util.Long)
                            m.lastSeenMs = $util.Long.fromValue(d.lastSeenMs, false);
                        else if (typeof d.lastSeenMs === "string")
                            m.lastSeenMs = $parseInt(d.lastSeenMs, 10);
                        else if (typeof d.lastSeenMs === "number")
                            m.lastSeenMs = d.lastSeenMs;
                        else if (typeof d.lastSeenMs === "object")
                            m.lastSeenMs = new $util.LongBits(d.lastSeenMs.low >>> 0, d.lastSeenMs.high >>> 0).toNumber();
                    }
                }
                if (d.received != null) {
                    if (typeof d.received === "object" ? d.received.low || d.received.high : $Number(d.received) !== 0) {
                        if ($util.Long)
                            m.received = $util.Long.fromValue(d.received, true);
                        else if (typeof d.received === "string")
                            m.received = $parseInt(d.received, 10);
                        else if (typeof d.received === "number")
                            m.received = d.received;
                        else if (typeof d.received === "object")
                            m.received = new $util.LongBits(d.received.low >>> 0, d.received.high >>> 0).toNumber(true);
                    }
                }
                if (d.rejected != null) {
                    if (typeof d.rejected === "object" ? d.rejected.low || d.rejected.high : $Number(d.rejected) !== 0) {
                        if ($util.Long)
                            m.rejected = $util.Long.fromValue(d.rejected, true);
                        else if (typeof d.rejected === "string")
                            m.rejected = $parseInt(d.rejected, 10);
                        else if (typeof d.rejected === "number")
                            m.rejected = d.rejected;
                        else if (typeof d.rejected === "object")
                            m.rejected = new $util.LongBits(d.rejected.low >>> 0, d.rejected.high >>> 0).toNumber(true);
                    }
                }
                if (d.forwarded != null) {
                    if (typeof d.forwarded === "object" ? d.forwarded.low || d.forwarded.high : $Number(d.forwarded) !== 0) {
                        if ($util.Long)
                            m.forwarded = $util.Long.fromValue(d.forwarded, true);
                        else if (typeof d.forwarded === "string")
                            m.forwarded = $parseInt(d.forwarded, 10);
                        else if (typeof d.forwarded === "number")
                            m.forwarded = d.forwarded;
                        else if (typeof d.forwarded === "object")
                            m.forwarded = new $util.LongBits(d.forwarded.low >>> 0, d.forwarded.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastErrorCode != null) {
                    if (typeof d.lastErrorCode !== "string" || d.lastErrorCode.length) {
                        m.lastErrorCode = $String(d.lastErrorCode);
                    }
                }
                if (d.lastErrorMs != null) {
                    if (typeof d.lastErrorMs === "object" ? d.lastErrorMs.low || d.lastErrorMs.high : $Number(d.lastErrorMs) !== 0) {
                        if ($util.Long)
                            m.lastErrorMs = $util.Long.fromValue(d.lastErrorMs, false);
                        else if (typeof d.lastErrorMs === "string")
                            m.lastErrorMs = $parseInt(d.lastErrorMs, 10);
                        else if (typeof d.lastErrorMs === "number")
                            m.lastErrorMs = d.lastErrorMs;
                        else if (typeof d.lastErrorMs === "object")
                            m.lastErrorMs = new $util.LongBits(d.lastErrorMs.low >>> 0, d.lastErrorMs.high >>> 0).toNumber();
                    }
                }
                if (d.countsSinceMs != null) {
                    if (typeof d.countsSinceMs === "object" ? d.countsSinceMs.low || d.countsSinceMs.high : $Number(d.countsSinceMs) !== 0) {
                        if ($util.Long)
                            m.countsSinceMs = $util.Long.fromValue(d.countsSinceMs, false);
                        else if (typeof d.countsSinceMs === "string")
                            m.countsSinceMs = $parseInt(d.countsSinceMs, 10);
                        else if (typeof d.countsSinceMs === "number")
                            m.countsSinceMs = d.countsSinceMs;
                        else if (typeof d.countsSinceMs === "object")
                            m.countsSinceMs = new $util.LongBits(d.countsSinceMs.low >>> 0, d.countsSinceMs.high >>> 0).toNumber();
                    }
                }
                if (d.clock != null) {
                    if (!$util.isObject(d.clock))
                        throw $TypeError(".edge.v1.MachineHealth.clock: object expected");
                    m.clock = $root.edge.v1.DeviceClock.fromObject(d.clock, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a MachineHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {edge.v1.MachineHealth} m MachineHealth
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MachineHealth.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.kind = o.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    d.transport = "";
                    d.online = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.received = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.received = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rejected = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rejected = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.forwarded = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.forwarded = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.lastErrorCode = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastErrorMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastErrorMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.countsSinceMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.countsSinceMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.clock = null;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === $String ? $root.edge.v1.DeviceKind[m.kind] === $undefined ? m.kind : $root.edge.v1.DeviceKind[m.kind] : m.kind;
                }
                if (m.transport != null && $Object.hasOwnProperty.call(m, "transport")) {
                    d.transport = m.transport;
                }
                if (m.online != null && $Object.hasOwnProperty.call(m, "online")) {
                    d.online = m.online;
                }
                if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSeenMs = typeof m.lastSeenMs === "number" ? $BigInt(m.lastSeenMs) : $util.Long.fromBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof m.lastSeenMs === "number")
                        d.lastSeenMs = o.longs === $String ? $String(m.lastSeenMs) : m.lastSeenMs;
                    else
                        d.lastSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0).toNumber() : m.lastSeenMs;
                }
                if (m.received != null && $Object.hasOwnProperty.call(m, "received")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.received = typeof m.received === "number" ? $BigInt(m.received) : $util.Long.fromBits(m.received.low >>> 0, m.received.high >>> 0, true).toBigInt();
                    else if (typeof m.received === "number")
                        d.received = o.longs === $String ? $String(m.received) : m.received;
                    else
                        d.received = o.longs === $String ? $util.Long.prototype.toString.call(m.received) : o.longs === $Number ? new $util.LongBits(m.received.low >>> 0, m.received.high >>> 0).toNumber(true) : m.received;
                }
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rejected = typeof m.rejected === "number" ? $BigInt(m.rejected) : $util.Long.fromBits(m.rejected.low >>> 0, m.rejected.high >>> 0, true).toBigInt();
                    else if (typeof m.rejected === "number")
                        d.rejected = o.longs === $String ? $String(m.rejected) : m.rejected;
                    else
                        d.rejected = o.longs === $String ? $util.Long.prototype.toString.call(m.rejected) : o.longs === $Number ? new $util.LongBits(m.rejected.low >>> 0, m.rejected.high >>> 0).toNumber(true) : m.rejected;
                }
                if (m.forwarded != null && $Object.hasOwnProperty.call(m, "forwarded")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.forwarded = typeof m.forwarded === "number" ? $BigInt(m.forwarded) : $util.Long.fromBits(m.forwarded.low >>> 0, m.forwarded.high >>> 0, true).toBigInt();
                    else if (typeof m.forwarded === "number")
                        d.forwarded = o.longs === $String ? $String(m.forwarded) : m.forwarded;
                    else
                        d.forwarded = o.longs === $String ? $util.Long.prototype.toString.call(m.forwarded) : o.longs === $Number ? new $util.LongBits(m.forwarded.low >>> 0, m.forwarded.high >>> 0).toNumber(true) : m.forwarded;
                }
                if (m.lastErrorCode != null && $Object.hasOwnProperty.call(m, "lastErrorCode")) {
                    d.lastErrorCode = m.lastErrorCode;
                }
                if (m.lastErrorMs != null && $Object.hasOwnProperty.call(m, "lastErrorMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastErrorMs = typeof m.lastErrorMs === "number" ? $BigInt(m.lastErrorMs) : $util.Long.fromBits(m.lastErrorMs.low >>> 0, m.lastErrorMs.high >>> 0, false).toBigInt();
                    else if (typeof m.lastErrorMs === "number")
                        d.lastErrorMs = o.longs === $String ? $String(m.lastErrorMs) : m.lastErrorMs;
                    else
                        d.lastErrorMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastErrorMs) : o.longs === $Number ? new $util.LongBits(m.lastErrorMs.low >>> 0, m.lastErrorMs.high >>> 0).toNumber() : m.lastErrorMs;
                }
                if (m.countsSinceMs != null && $Object.hasOwnProperty.call(m, "countsSinceMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.countsSinceMs = typeof m.countsSinceMs === "number" ? $BigInt(m.countsSinceMs) : $util.Long.fromBits(m.countsSinceMs.low >>> 0, m.countsSinceMs.high >>> 0, false).toBigInt();
                    else if (typeof m.countsSinceMs === "number")
                        d.countsSinceMs = o.longs === $String ? $String(m.countsSinceMs) : m.countsSinceMs;
                    else
                        d.countsSinceMs = o.longs === $String ? $util.Long.prototype.toString.call(m.countsSinceMs) : o.longs === $Number ? new $util.LongBits(m.countsSinceMs.low >>> 0, m.countsSinceMs.high >>> 0).toNumber() : m.countsSinceMs;
                }
                if (m.clock != null && $Object.hasOwnProperty.call(m, "clock")) {
                    d.clock = $root.edge.v1.DeviceClock.toObject(m.clock, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this MachineHealth to JSON.
             * @function toJSON
             * @memberof edge.v1.MachineHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MachineHealth.prototype.toJSON = function() {
                return MachineHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MachineHealth
             * @function getTypeUrl
             * @memberof edge.v1.MachineHealth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MachineHealth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.MachineHealth";
            };

            return MachineHealth;
        })();

        v1.ClockEstimate = (function() {

            /**
             * Properties of a ClockEstimate.
             * @typedef {Object} edge.v1.ClockEstimate.$Properties
             * @property {boolean|null} [known] ClockEstimate known
             * @property {number|null} [offsetMs] ClockEstimate offsetMs
             * @property {number|null} [uncertaintyMs] ClockEstimate uncertaintyMs
             * @property {number|null} [roundTripMs] ClockEstimate roundTripMs
             * @property {number|null} [sampleTimeMs] ClockEstimate sampleTimeMs
             * @property {boolean|null} [skewed] ClockEstimate skewed
             * @property {number|null} [samples] ClockEstimate samples
             * @property {number|null} [maxSkewMs] ClockEstimate maxSkewMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClockEstimate.
             * @memberof edge.v1
             * @interface IClockEstimate
             * @augments edge.v1.ClockEstimate.$Properties
             * @deprecated Use edge.v1.ClockEstimate.$Properties instead.
             */

            /**
             * Shape of a ClockEstimate.
             * @typedef {edge.v1.ClockEstimate.$Properties} edge.v1.ClockEstimate.$Shape
             */

            /**
             * Constructs a new ClockEstimate.
             * @memberof edge.v1
             * @classdesc Represents a ClockEstimate.
             * @constructor
             * @param {edge.v1.ClockEstimate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClockEstimate = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClockEstimate known.
             * @member {boolean} known
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.known = false;

            /**
             * ClockEstimate offsetMs.
             * @member {number} offsetMs
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.offsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClockEstimate uncertaintyMs.
             * @member {number} uncertaintyMs
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.uncertaintyMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClockEstimate roundTripMs.
             * @member {number} roundTripMs
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.roundTripMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClockEstimate sampleTimeMs.
             * @member {number} sampleTimeMs
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.sampleTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ClockEstimate skewed.
             * @member {boolean} skewed
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.skewed = false;

            /**
             * ClockEstimate samples.
             * @member {number} samples
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.samples = 0;

            /**
             * ClockEstimate maxSkewMs.
             * @member {number} maxSkewMs
             * @memberof edge.v1.ClockEstimate
             * @instance
             */
            ClockEstimate.prototype.maxSkewMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ClockEstimate instance using the specified properties.
             * @function create
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {edge.v1.ClockEstimate.$Properties=} [properties] Properties to set
             * @returns {edge.v1.ClockEstimate} ClockEstimate instance
             * @type {{
             *   (properties: edge.v1.ClockEstimate.$Shape): edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape;
             *   (properties?: edge.v1.ClockEstimate.$Properties): edge.v1.ClockEstimate;
             * }}
             */
            ClockEstimate.create = function(properties) {
                return new ClockEstimate(properties);
            };

            /**
             * Encodes the specified ClockEstimate message. Does not implicitly {@link edge.v1.ClockEstimate.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {edge.v1.ClockEstimate.$Properties} m ClockEstimate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockEstimate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.known != null && $Object.hasOwnProperty.call(m, "known") && m.known !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.known);
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs") && (typeof m.offsetMs === "object" ? m.offsetMs.low || m.offsetMs.high : m.offsetMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.offsetMs);
                if (m.uncertaintyMs != null && $Object.hasOwnProperty.call(m, "uncertaintyMs") && (typeof m.uncertaintyMs === "object" ? m.uncertaintyMs.low || m.uncertaintyMs.high : m.uncertaintyMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.uncertaintyMs);
                if (m.roundTripMs != null && $Object.hasOwnProperty.call(m, "roundTripMs") && (typeof m.roundTripMs === "object" ? m.roundTripMs.low || m.roundTripMs.high : m.roundTripMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.roundTripMs);
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs") && (typeof m.sampleTimeMs === "object" ? m.sampleTimeMs.low || m.sampleTimeMs.high : m.sampleTimeMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.sampleTimeMs);
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed") && m.skewed !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.skewed);
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples") && m.samples !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.samples);
                if (m.maxSkewMs != null && $Object.hasOwnProperty.call(m, "maxSkewMs") && (typeof m.maxSkewMs === "object" ? m.maxSkewMs.low || m.maxSkewMs.high : m.maxSkewMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.maxSkewMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClockEstimate message, length delimited. Does not implicitly {@link edge.v1.ClockEstimate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {edge.v1.ClockEstimate.$Properties} message ClockEstimate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClockEstimate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClockEstimate message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape} ClockEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockEstimate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.ClockEstimate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.known = v;
                            else
                                delete m.known;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.offsetMs = v;
                            else
                                delete m.offsetMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.uncertaintyMs = v;
                            else
                                delete m.uncertaintyMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.roundTripMs = v;
                            else
                                delete m.roundTripMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.sampleTimeMs = v;
                            else
                                delete m.sampleTimeMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.skewed = v;
                            else
                                delete m.skewed;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.samples = v;
                            else
                                delete m.samples;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxSkewMs = v;
                            else
                                delete m.maxSkewMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ClockEstimate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape} ClockEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClockEstimate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClockEstimate message.
             * @function verify
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClockEstimate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    if (typeof m.known !== "boolean")
                        return "known: boolean expected";
                }
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (!$util.isInteger(m.offsetMs) && !(m.offsetMs && $util.isInteger(m.offsetMs.low) && $util.isInteger(m.offsetMs.high)))
                        return "offsetMs: integer|Long expected";
                }
                if (m.uncertaintyMs != null && $Object.hasOwnProperty.call(m, "uncertaintyMs")) {
                    if (!$util.isInteger(m.uncertaintyMs) && !(m.uncertaintyMs && $util.isInteger(m.uncertaintyMs.low) && $util.isInteger(m.uncertaintyMs.high)))
                        return "uncertaintyMs: integer|Long expected";
                }
                if (m.roundTripMs != null && $Object.hasOwnProperty.call(m, "roundTripMs")) {
                    if (!$util.isInteger(m.roundTripMs) && !(m.roundTripMs && $util.isInteger(m.roundTripMs.low) && $util.isInteger(m.roundTripMs.high)))
                        return "roundTripMs: integer|Long expected";
                }
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs")) {
                    if (!$util.isInteger(m.sampleTimeMs) && !(m.sampleTimeMs && $util.isInteger(m.sampleTimeMs.low) && $util.isInteger(m.sampleTimeMs.high)))
                        return "sampleTimeMs: integer|Long expected";
                }
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed")) {
                    if (typeof m.skewed !== "boolean")
                        return "skewed: boolean expected";
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    if (!$util.isInteger(m.samples))
                        return "samples: integer expected";
                }
                if (m.maxSkewMs != null && $Object.hasOwnProperty.call(m, "maxSkewMs")) {
                    if (!$util.isInteger(m.maxSkewMs) && !(m.maxSkewMs && $util.isInteger(m.maxSkewMs.low) && $util.isInteger(m.maxSkewMs.high)))
                        return "maxSkewMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ClockEstimate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.ClockEstimate} ClockEstimate
             */
            ClockEstimate.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.ClockEstimate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.ClockEstimate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.ClockEstimate();
                if (d.known != null) {
                    if (d.known) {
                        m.known = $Boolean(d.known);
                    }
                }
                if (d.offsetMs != null) {
                    if (typeof d.offsetMs === "object" ? d.offsetMs.low || d.offsetMs.high : $Number(d.offsetMs) !== 0) {
                        if ($util.Long)
                            m.offsetMs = $util.Long.fromValue(d.offsetMs, false);
                        else if (typeof d.offsetMs === "string")
                            m.offsetMs = $parseInt(d.offsetMs, 10);
                        else if (typeof d.offsetMs === "number")
                            m.offsetMs = d.offsetMs;
                        else if (typeof d.offsetMs === "object")
                            m.offsetMs = new $util.LongBits(d.offsetMs.low >>> 0, d.offsetMs.high >>> 0).toNumber();
                    }
                }
                if (d.uncertaintyMs != null) {
                    if (typeof d.uncertaintyMs === "object" ? d.uncertaintyMs.low || d.uncertaintyMs.high : $Number(d.uncertaintyMs) !== 0) {
                        if ($util.Long)
                            m.uncertaintyMs = $util.Long.fromValue(d.uncertaintyMs, false);
                        else if (typeof d.uncertaintyMs === "string")
                            m.uncertaintyMs = $parseInt(d.uncertaintyMs, 10);
                        else if (typeof d.uncertaintyMs === "number")
                            m.uncertaintyMs = d.uncertaintyMs;
                        else if (typeof d.uncertaintyMs === "object")
                            m.uncertaintyMs = new $util.LongBits(d.uncertaintyMs.low >>> 0, d.uncertaintyMs.high >>> 0).toNumber();
                    }
                }
                if (d.roundTripMs != null) {
                    if (typeof d.roundTripMs === "object" ? d.roundTripMs.low || d.roundTripMs.high : $Number(d.roundTripMs) !== 0) {
                        if ($util.Long)
                            m.roundTripMs = $util.Long.fromValue(d.roundTripMs, false);
                        else if (typeof d.roundTripMs === "string")
                            m.roundTripMs = $parseInt(d.roundTripMs, 10);
                        else if (typeof d.roundTripMs === "number")
                            m.roundTripMs = d.roundTripMs;
                        else if (typeof d.roundTripMs === "object")
                            m.roundTripMs = new $util.LongBits(d.roundTripMs.low >>> 0, d.roundTripMs.high >>> 0).toNumber();
                    }
                }
                if (d.sampleTimeMs != null) {
                    if (typeof d.sampleTimeMs === "object" ? d.sampleTimeMs.low || d.sampleTimeMs.high : $Number(d.sampleTimeMs) !== 0) {
                        if ($util.Long)
                            m.sampleTimeMs = $util.Long.fromValue(d.sampleTimeMs, false);
                        else if (typeof d.sampleTimeMs === "string")
                            m.sampleTimeMs = $parseInt(d.sampleTimeMs, 10);
                        else if (typeof d.sampleTimeMs === "number")
                            m.sampleTimeMs = d.sampleTimeMs;
                        else if (typeof d.sampleTimeMs === "object")
                            m.sampleTimeMs = new $util.LongBits(d.sampleTimeMs.low >>> 0, d.sampleTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.skewed != null) {
                    if (d.skewed) {
                        m.skewed = $Boolean(d.skewed);
                    }
                }
                if (d.samples != null) {
                    if ($Number(d.samples) !== 0) {
                        m.samples = d.samples >>> 0;
                    }
                }
                if (d.maxSkewMs != null) {
                    if (typeof d.maxSkewMs === "object" ? d.maxSkewMs.low || d.maxSkewMs.high : $Number(d.maxSkewMs) !== 0) {
                        if ($util.Long)
                            m.maxSkewMs = $util.Long.fromValue(d.maxSkewMs, false);
                        else if (typeof d.maxSkewMs === "string")
                            m.maxSkewMs = $parseInt(d.maxSkewMs, 10);
                        else if (typeof d.maxSkewMs === "number")
                            m.maxSkewMs = d.maxSkewMs;
                        else if (typeof d.maxSkewMs === "object")
                            m.maxSkewMs = new $util.LongBits(d.maxSkewMs.low >>> 0, d.maxSkewMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClockEstimate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {edge.v1.ClockEstimate} m ClockEstimate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClockEstimate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.known = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.offsetMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offsetMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.uncertaintyMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.uncertaintyMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.roundTripMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.roundTripMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.sampleTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sampleTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.skewed = false;
                    d.samples = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.maxSkewMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxSkewMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.known != null && $Object.hasOwnProperty.call(m, "known")) {
                    d.known = m.known;
                }
                if (m.offsetMs != null && $Object.hasOwnProperty.call(m, "offsetMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offsetMs = typeof m.offsetMs === "number" ? $BigInt(m.offsetMs) : $util.Long.fromBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0, false).toBigInt();
                    else if (typeof m.offsetMs === "number")
                        d.offsetMs = o.longs === $String ? $String(m.offsetMs) : m.offsetMs;
                    else
                        d.offsetMs = o.longs === $String ? $util.Long.prototype.toString.call(m.offsetMs) : o.longs === $Number ? new $util.LongBits(m.offsetMs.low >>> 0, m.offsetMs.high >>> 0).toNumber() : m.offsetMs;
                }
                if (m.uncertaintyMs != null && $Object.hasOwnProperty.call(m, "uncertaintyMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uncertaintyMs = typeof m.uncertaintyMs === "number" ? $BigInt(m.uncertaintyMs) : $util.Long.fromBits(m.uncertaintyMs.low >>> 0, m.uncertaintyMs.high >>> 0, false).toBigInt();
                    else if (typeof m.uncertaintyMs === "number")
                        d.uncertaintyMs = o.longs === $String ? $String(m.uncertaintyMs) : m.uncertaintyMs;
                    else
                        d.uncertaintyMs = o.longs === $String ? $util.Long.prototype.toString.call(m.uncertaintyMs) : o.longs === $Number ? new $util.LongBits(m.uncertaintyMs.low >>> 0, m.uncertaintyMs.high >>> 0).toNumber() : m.uncertaintyMs;
                }
                if (m.roundTripMs != null && $Object.hasOwnProperty.call(m, "roundTripMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.roundTripMs = typeof m.roundTripMs === "number" ? $BigInt(m.roundTripMs) : $util.Long.fromBits(m.roundTripMs.low >>> 0, m.roundTripMs.high >>> 0, false).toBigInt();
                    else if (typeof m.roundTripMs === "number")
                        d.roundTripMs = o.longs === $String ? $String(m.roundTripMs) : m.roundTripMs;
                    else
                        d.roundTripMs = o.longs === $String ? $util.Long.prototype.toString.call(m.roundTripMs) : o.longs === $Number ? new $util.LongBits(m.roundTripMs.low >>> 0, m.roundTripMs.high >>> 0).toNumber() : m.roundTripMs;
                }
                if (m.sampleTimeMs != null && $Object.hasOwnProperty.call(m, "sampleTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sampleTimeMs = typeof m.sampleTimeMs === "number" ? $BigInt(m.sampleTimeMs) : $util.Long.fromBits(m.sampleTimeMs.low >>> 0, m.sampleTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.sampleTimeMs === "number")
                        d.sampleTimeMs = o.longs === $String ? $String(m.sampleTimeMs) : m.sampleTimeMs;
                    else
                        d.sampleTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.sampleTimeMs) : o.longs === $Number ? new $util.LongBits(m.sampleTimeMs.low >>> 0, m.sampleTimeMs.high >>> 0).toNumber() : m.sampleTimeMs;
                }
                if (m.skewed != null && $Object.hasOwnProperty.call(m, "skewed")) {
                    d.skewed = m.skewed;
                }
                if (m.samples != null && $Object.hasOwnProperty.call(m, "samples")) {
                    d.samples = m.samples;
                }
                if (m.maxSkewMs != null && $Object.hasOwnProperty.call(m, "maxSkewMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxSkewMs = typeof m.maxSkewMs === "number" ? $BigInt(m.maxSkewMs) : $util.Long.fromBits(m.maxSkewMs.low >>> 0, m.maxSkewMs.high >>> 0, false).toBigInt();
                    else if (typeof m.maxSkewMs === "number")
                        d.maxSkewMs = o.longs === $String ? $String(m.maxSkewMs) : m.maxSkewMs;
                    else
                        d.maxSkewMs = o.longs === $String ? $util.Long.prototype.toString.call(m.maxSkewMs) : o.longs === $Number ? new $util.LongBits(m.maxSkewMs.low >>> 0, m.maxSkewMs.high >>> 0).toNumber() : m.maxSkewMs;
                }
                return d;
            };

            /**
             * Converts this ClockEstimate to JSON.
             * @function toJSON
             * @memberof edge.v1.ClockEstimate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClockEstimate.prototype.toJSON = function() {
                return ClockEstimate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClockEstimate
             * @function getTypeUrl
             * @memberof edge.v1.ClockEstimate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClockEstimate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.ClockEstimate";
            };

            return ClockEstimate;
        })();

        v1.TimeRequest = (function() {

            /**
             * Properties of a TimeRequest.
             * @typedef {Object} edge.v1.TimeRequest.$Properties
             * @property {string|null} [siteId] TimeRequest siteId
             * @property {string|null} [requestId] TimeRequest requestId
             * @property {number|null} [t0Ms] TimeRequest t0Ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeRequest.
             * @memberof edge.v1
             * @interface ITimeRequest
             * @augments edge.v1.TimeRequest.$Properties
             * @deprecated Use edge.v1.TimeRequest.$Properties instead.
             */

            /**
             * Shape of a TimeRequest.
             * @typedef {edge.v1.TimeRequest.$Properties} edge.v1.TimeRequest.$Shape
             */

            /**
             * Constructs a new TimeRequest.
             * @memberof edge.v1
             * @classdesc Represents a TimeRequest.
             * @constructor
             * @param {edge.v1.TimeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TimeRequest siteId.
             * @member {string} siteId
             * @memberof edge.v1.TimeRequest
             * @instance
             */
            TimeRequest.prototype.siteId = "";

            /**
             * TimeRequest requestId.
             * @member {string} requestId
             * @memberof edge.v1.TimeRequest
             * @instance
             */
            TimeRequest.prototype.requestId = "";

            /**
             * TimeRequest t0Ms.
             * @member {number} t0Ms
             * @memberof edge.v1.TimeRequest
             * @instance
             */
            TimeRequest.prototype.t0Ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TimeRequest instance using the specified properties.
             * @function create
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {edge.v1.TimeRequest.$Properties=} [properties] Properties to set
             * @returns {edge.v1.TimeRequest} TimeRequest instance
             * @type {{
             *   (properties: edge.v1.TimeRequest.$Shape): edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape;
             *   (properties?: edge.v1.TimeRequest.$Properties): edge.v1.TimeRequest;
             * }}
             */
            TimeRequest.create = function(properties) {
                return new TimeRequest(properties);
            };

            /**
             * Encodes the specified TimeRequest message. Does not implicitly {@link edge.v1.TimeRequest.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {edge.v1.TimeRequest.$Properties} m TimeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.siteId);
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.requestId);
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms") && (typeof m.t0Ms === "object" ? m.t0Ms.low || m.t0Ms.high : m.t0Ms !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.t0Ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TimeRequest message, length delimited. Does not implicitly {@link edge.v1.TimeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {edge.v1.TimeRequest.$Properties} message TimeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.TimeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.t0Ms = v;
                            else
                                delete m.t0Ms;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TimeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeRequest message.
             * @function verify
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms")) {
                    if (!$util.isInteger(m.t0Ms) && !(m.t0Ms && $util.isInteger(m.t0Ms.low) && $util.isInteger(m.t0Ms.high)))
                        return "t0Ms: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TimeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.TimeRequest} TimeRequest
             */
            TimeRequest.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.TimeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.TimeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.TimeRequest();
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.t0Ms != null) {
                    if (typeof d.t0Ms === "object" ? d.t0Ms.low || d.t0Ms.high : $Number(d.t0Ms) !== 0) {
                        if ($util.Long)
                            m.t0Ms = $util.Long.fromValue(d.t0Ms, false);
                        else if (typeof d.t0Ms === "string")
                            m.t0Ms = $parseInt(d.t0Ms, 10);
                        else if (typeof d.t0Ms === "number")
                            m.t0Ms = d.t0Ms;
                        else if (typeof d.t0Ms === "object")
                            m.t0Ms = new $util.LongBits(d.t0Ms.low >>> 0, d.t0Ms.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TimeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {edge.v1.TimeRequest} m TimeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.siteId = "";
                    d.requestId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.t0Ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.t0Ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.t0Ms = typeof m.t0Ms === "number" ? $BigInt(m.t0Ms) : $util.Long.fromBits(m.t0Ms.low >>> 0, m.t0Ms.high >>> 0, false).toBigInt();
                    else if (typeof m.t0Ms === "number")
                        d.t0Ms = o.longs === $String ? $String(m.t0Ms) : m.t0Ms;
                    else
                        d.t0Ms = o.longs === $String ? $util.Long.prototype.toString.call(m.t0Ms) : o.longs === $Number ? new $util.LongBits(m.t0Ms.low >>> 0, m.t0Ms.high >>> 0).toNumber() : m.t0Ms;
                }
                return d;
            };

            /**
             * Converts this TimeRequest to JSON.
             * @function toJSON
             * @memberof edge.v1.TimeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeRequest.prototype.toJSON = function() {
                return TimeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeRequest
             * @function getTypeUrl
             * @memberof edge.v1.TimeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.TimeRequest";
            };

            return TimeRequest;
        })();

        v1.TimeResponse = (function() {

            /**
             * Properties of a TimeResponse.
             * @typedef {Object} edge.v1.TimeResponse.$Properties
             * @property {string|null} [siteId] TimeResponse siteId
             * @property {string|null} [requestId] TimeResponse requestId
             * @property {number|null} [t0Ms] TimeResponse t0Ms
             * @property {number|null} [t1Ms] TimeResponse t1Ms
             * @property {number|null} [t2Ms] TimeResponse t2Ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeResponse.
             * @memberof edge.v1
             * @interface ITimeResponse
             * @augments edge.v1.TimeResponse.$Properties
             * @deprecated Use edge.v1.TimeResponse.$Properties instead.
             */

            /**
             * Shape of a TimeResponse.
             * @typedef {edge.v1.TimeResponse.$Properties} edge.v1.TimeResponse.$Shape
             */

            /**
             * Constructs a new TimeResponse.
             * @memberof edge.v1
             * @classdesc Represents a TimeResponse.
             * @constructor
             * @param {edge.v1.TimeResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TimeResponse siteId.
             * @member {string} siteId
             * @memberof edge.v1.TimeResponse
             * @instance
             */
            TimeResponse.prototype.siteId = "";

            /**
             * TimeResponse requestId.
             * @member {string} requestId
             * @memberof edge.v1.TimeResponse
             * @instance
             */
            TimeResponse.prototype.requestId = "";

            /**
             * TimeResponse t0Ms.
             * @member {number} t0Ms
             * @memberof edge.v1.TimeResponse
             * @instance
             */
            TimeResponse.prototype.t0Ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TimeResponse t1Ms.
             * @member {number} t1Ms
             * @memberof edge.v1.TimeResponse
             * @instance
             */
            TimeResponse.prototype.t1Ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TimeResponse t2Ms.
             * @member {number} t2Ms
             * @memberof edge.v1.TimeResponse
             * @instance
             */
            TimeResponse.prototype.t2Ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TimeResponse instance using the specified properties.
             * @function create
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {edge.v1.TimeResponse.$Properties=} [properties] Properties to set
             * @returns {edge.v1.TimeResponse} TimeResponse instance
             * @type {{
             *   (properties: edge.v1.TimeResponse.$Shape): edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape;
             *   (properties?: edge.v1.TimeResponse.$Properties): edge.v1.TimeResponse;
             * }}
             */
            TimeResponse.create = function(properties) {
                return new TimeResponse(properties);
            };

            /**
             * Encodes the specified TimeResponse message. Does not implicitly {@link edge.v1.TimeResponse.verify|verify} messages.
             * @function encode
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {edge.v1.TimeResponse.$Properties} m TimeResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId") && m.siteId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.siteId);
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.requestId);
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms") && (typeof m.t0Ms === "object" ? m.t0Ms.low || m.t0Ms.high : m.t0Ms !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.t0Ms);
                if (m.t1Ms != null && $Object.hasOwnProperty.call(m, "t1Ms") && (typeof m.t1Ms === "object" ? m.t1Ms.low || m.t1Ms.high : m.t1Ms !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.t1Ms);
                if (m.t2Ms != null && $Object.hasOwnProperty.call(m, "t2Ms") && (typeof m.t2Ms === "object" ? m.t2Ms.low || m.t2Ms.high : m.t2Ms !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.t2Ms);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TimeResponse message, length delimited. Does not implicitly {@link edge.v1.TimeResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {edge.v1.TimeResponse.$Properties} message TimeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape} TimeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.edge.v1.TimeResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.siteId = v;
                            else
                                delete m.siteId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.t0Ms = v;
                            else
                                delete m.t0Ms;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.t1Ms = v;
                            else
                                delete m.t1Ms;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.t2Ms = v;
                            else
                                delete m.t2Ms;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TimeResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape} TimeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeResponse message.
             * @function verify
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    if (!$util.isString(m.siteId))
                        return "siteId: string expected";
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    if (!$util.isString(m.requestId))
                        return "requestId: string expected";
                }
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms")) {
                    if (!$util.isInteger(m.t0Ms) && !(m.t0Ms && $util.isInteger(m.t0Ms.low) && $util.isInteger(m.t0Ms.high)))
                        return "t0Ms: integer|Long expected";
                }
                if (m.t1Ms != null && $Object.hasOwnProperty.call(m, "t1Ms")) {
                    if (!$util.isInteger(m.t1Ms) && !(m.t1Ms && $util.isInteger(m.t1Ms.low) && $util.isInteger(m.t1Ms.high)))
                        return "t1Ms: integer|Long expected";
                }
                if (m.t2Ms != null && $Object.hasOwnProperty.call(m, "t2Ms")) {
                    if (!$util.isInteger(m.t2Ms) && !(m.t2Ms && $util.isInteger(m.t2Ms.low) && $util.isInteger(m.t2Ms.high)))
                        return "t2Ms: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a TimeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {edge.v1.TimeResponse} TimeResponse
             */
            TimeResponse.fromObject = function (d, q) {
                if (d instanceof $root.edge.v1.TimeResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".edge.v1.TimeResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.edge.v1.TimeResponse();
                if (d.siteId != null) {
                    if (typeof d.siteId !== "string" || d.siteId.length) {
                        m.siteId = $String(d.siteId);
                    }
                }
                if (d.requestId != null) {
                    if (typeof d.requestId !== "string" || d.requestId.length) {
                        m.requestId = $String(d.requestId);
                    }
                }
                if (d.t0Ms != null) {
                    if (typeof d.t0Ms === "object" ? d.t0Ms.low || d.t0Ms.high : $Number(d.t0Ms) !== 0) {
                        if ($util.Long)
                            m.t0Ms = $util.Long.fromValue(d.t0Ms, false);
                        else if (typeof d.t0Ms === "string")
                            m.t0Ms = $parseInt(d.t0Ms, 10);
                        else if (typeof d.t0Ms === "number")
                            m.t0Ms = d.t0Ms;
                        else if (typeof d.t0Ms === "object")
                            m.t0Ms = new $util.LongBits(d.t0Ms.low >>> 0, d.t0Ms.high >>> 0).toNumber();
                    }
                }
                if (d.t1Ms != null) {
                    if (typeof d.t1Ms === "object" ? d.t1Ms.low || d.t1Ms.high : $Number(d.t1Ms) !== 0) {
                        if ($util.Long)
                            m.t1Ms = $util.Long.fromValue(d.t1Ms, false);
                        else if (typeof d.t1Ms === "string")
                            m.t1Ms = $parseInt(d.t1Ms, 10);
                        else if (typeof d.t1Ms === "number")
                            m.t1Ms = d.t1Ms;
                        else if (typeof d.t1Ms === "object")
                            m.t1Ms = new $util.LongBits(d.t1Ms.low >>> 0, d.t1Ms.high >>> 0).toNumber();
                    }
                }
                if (d.t2Ms != null) {
                    if (typeof d.t2Ms === "object" ? d.t2Ms.low || d.t2Ms.high : $Number(d.t2Ms) !== 0) {
                        if ($util.Long)
                            m.t2Ms = $util.Long.fromValue(d.t2Ms, false);
                        else if (typeof d.t2Ms === "string")
                            m.t2Ms = $parseInt(d.t2Ms, 10);
                        else if (typeof d.t2Ms === "number")
                            m.t2Ms = d.t2Ms;
                        else if (typeof d.t2Ms === "object")
                            m.t2Ms = new $util.LongBits(d.t2Ms.low >>> 0, d.t2Ms.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TimeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {edge.v1.TimeResponse} m TimeResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.siteId = "";
                    d.requestId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.t0Ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.t0Ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.t1Ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.t1Ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.t2Ms = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.t2Ms = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.siteId != null && $Object.hasOwnProperty.call(m, "siteId")) {
                    d.siteId = m.siteId;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.t0Ms != null && $Object.hasOwnProperty.call(m, "t0Ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.t0Ms = typeof m.t0Ms === "number" ? $BigInt(m.t0Ms) : $util.Long.fromBits(m.t0Ms.low >>> 0, m.t0Ms.high >>> 0, false).toBigInt();
                    else if (typeof m.t0Ms === "number")
                        d.t0Ms = o.longs === $String ? $String(m.t0Ms) : m.t0Ms;
                    else
                        d.t0Ms = o.longs === $String ? $util.Long.prototype.toString.call(m.t0Ms) : o.longs === $Number ? new $util.LongBits(m.t0Ms.low >>> 0, m.t0Ms.high >>> 0).toNumber() : m.t0Ms;
                }
                if (m.t1Ms != null && $Object.hasOwnProperty.call(m, "t1Ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.t1Ms = typeof m.t1Ms === "number" ? $BigInt(m.t1Ms) : $util.Long.fromBits(m.t1Ms.low >>> 0, m.t1Ms.high >>> 0, false).toBigInt();
                    else if (typeof m.t1Ms === "number")
                        d.t1Ms = o.longs === $String ? $String(m.t1Ms) : m.t1Ms;
                    else
                        d.t1Ms = o.longs === $String ? $util.Long.prototype.toString.call(m.t1Ms) : o.longs === $Number ? new $util.LongBits(m.t1Ms.low >>> 0, m.t1Ms.high >>> 0).toNumber() : m.t1Ms;
                }
                if (m.t2Ms != null && $Object.hasOwnProperty.call(m, "t2Ms")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.t2Ms = typeof m.t2Ms === "number" ? $BigInt(m.t2Ms) : $util.Long.fromBits(m.t2Ms.low >>> 0, m.t2Ms.high >>> 0, false).toBigInt();
                    else if (typeof m.t2Ms === "number")
                        d.t2Ms = o.longs === $String ? $String(m.t2Ms) : m.t2Ms;
                    else
                        d.t2Ms = o.longs === $String ? $util.Long.prototype.toString.call(m.t2Ms) : o.longs === $Number ? new $util.LongBits(m.t2Ms.low >>> 0, m.t2Ms.high >>> 0).toNumber() : m.t2Ms;
                }
                return d;
            };

            /**
             * Converts this TimeResponse to JSON.
             * @function toJSON
             * @memberof edge.v1.TimeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeResponse.prototype.toJSON = function() {
                return TimeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeResponse
             * @function getTypeUrl
             * @memberof edge.v1.TimeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edge.v1.TimeResponse";
            };

            return TimeResponse;
        })();

        return v1;
    })();

    return edge;
})();

export {
  $root as default
};
