import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace edge. */
export namespace edge {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Command.
         * @deprecated Use edge.v1.Command.$Properties instead.
         */
        interface ICommand extends edge.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command commandId. */
            commandId: string;

            /** Command siteId. */
            siteId: string;

            /** Command deviceId. */
            deviceId: string;

            /** Command deadlineMs. */
            deadlineMs: number;

            /** Command issuedMs. */
            issuedMs: number;

            /** Command openCompartment. */
            openCompartment?: (edge.v1.OpenCompartment.$Properties|null);

            /** Command setPrices. */
            setPrices?: (edge.v1.SetPrices.$Properties|null);

            /** Command setServiceMode. */
            setServiceMode?: (edge.v1.SetServiceMode.$Properties|null);

            /** Command reboot. */
            reboot?: (edge.v1.Reboot.$Properties|null);

            /** Command refreshPickupList. */
            refreshPickupList?: (edge.v1.RefreshPickupList.$Properties|null);

            /** Command requestState. */
            requestState?: (edge.v1.RequestState.$Properties|null);

            /** Command body. */
            body?: ("openCompartment"|"setPrices"|"setServiceMode"|"reboot"|"refreshPickupList"|"requestState");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: edge.v1.Command.$Shape): edge.v1.Command & edge.v1.Command.$Shape;
            static create(properties?: edge.v1.Command.$Properties): edge.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link edge.v1.Command.verify|verify} messages.
             * @param m Command message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link edge.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Command & edge.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Command & edge.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Command & edge.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Command & edge.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Command
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param m Command
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command commandId */
                commandId?: (string|null);

                /** Command siteId */
                siteId?: (string|null);

                /** Command deviceId */
                deviceId?: (string|null);

                /** Command deadlineMs */
                deadlineMs?: (number|null);

                /** Command issuedMs */
                issuedMs?: (number|null);

                /** Command openCompartment */
                openCompartment?: (edge.v1.OpenCompartment.$Properties|null);

                /** Command setPrices */
                setPrices?: (edge.v1.SetPrices.$Properties|null);

                /** Command setServiceMode */
                setServiceMode?: (edge.v1.SetServiceMode.$Properties|null);

                /** Command reboot */
                reboot?: (edge.v1.Reboot.$Properties|null);

                /** Command refreshPickupList */
                refreshPickupList?: (edge.v1.RefreshPickupList.$Properties|null);

                /** Command requestState */
                requestState?: (edge.v1.RequestState.$Properties|null);

                /** Command body */
                body?: ("openCompartment"|"setPrices"|"setServiceMode"|"reboot"|"refreshPickupList"|"requestState");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              commandId?: string|null;
              siteId?: string|null;
              deviceId?: string|null;
              deadlineMs?: number|null;
              issuedMs?: number|null;
              openCompartment?: edge.v1.OpenCompartment.$Shape|null;
              setPrices?: edge.v1.SetPrices.$Shape|null;
              setServiceMode?: edge.v1.SetServiceMode.$Shape|null;
              reboot?: edge.v1.Reboot.$Shape|null;
              refreshPickupList?: edge.v1.RefreshPickupList.$Shape|null;
              requestState?: edge.v1.RequestState.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "openCompartment"; openCompartment: edge.v1.OpenCompartment.$Shape; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "setPrices"; openCompartment?: null; setPrices: edge.v1.SetPrices.$Shape; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "setServiceMode"; openCompartment?: null; setPrices?: null; setServiceMode: edge.v1.SetServiceMode.$Shape; reboot?: null; refreshPickupList?: null; requestState?: null }|{ body?: "reboot"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot: edge.v1.Reboot.$Shape; refreshPickupList?: null; requestState?: null }|{ body?: "refreshPickupList"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList: edge.v1.RefreshPickupList.$Shape; requestState?: null }|{ body?: "requestState"; openCompartment?: null; setPrices?: null; setServiceMode?: null; reboot?: null; refreshPickupList?: null; requestState: edge.v1.RequestState.$Shape })
            );
        }

        /**
         * Properties of a SignedCommand.
         * @deprecated Use edge.v1.SignedCommand.$Properties instead.
         */
        interface ISignedCommand extends edge.v1.SignedCommand.$Properties {
        }

        /** Represents a SignedCommand. */
        class SignedCommand {

            /**
             * Constructs a new SignedCommand.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SignedCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedCommand command. */
            command: Uint8Array;

            /** SignedCommand signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedCommand instance
             */
            static create(properties: edge.v1.SignedCommand.$Shape): edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape;
            static create(properties?: edge.v1.SignedCommand.$Properties): edge.v1.SignedCommand;

            /**
             * Encodes the specified SignedCommand message. Does not implicitly {@link edge.v1.SignedCommand.verify|verify} messages.
             * @param m SignedCommand message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SignedCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedCommand message, length delimited. Does not implicitly {@link edge.v1.SignedCommand.verify|verify} messages.
             * @param message SignedCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SignedCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedCommand message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape;

            /**
             * Decodes a SignedCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SignedCommand & edge.v1.SignedCommand.$Shape;

            /**
             * Verifies a SignedCommand message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedCommand message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SignedCommand
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SignedCommand;

            /**
             * Creates a plain object from a SignedCommand message. Also converts values to other types if specified.
             * @param m SignedCommand
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SignedCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedCommand {

            /** Properties of a SignedCommand. */
            interface $Properties {

                /** SignedCommand command */
                command?: (Uint8Array|null);

                /** SignedCommand signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedCommand. */
            type $Shape = edge.v1.SignedCommand.$Properties;
        }

        /**
         * Properties of an OpenCompartment.
         * @deprecated Use edge.v1.OpenCompartment.$Properties instead.
         */
        interface IOpenCompartment extends edge.v1.OpenCompartment.$Properties {
        }

        /** Represents an OpenCompartment. */
        class OpenCompartment {

            /**
             * Constructs a new OpenCompartment.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.OpenCompartment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OpenCompartment compartment. */
            compartment: number;

            /** OpenCompartment reason. */
            reason: string;

            /**
             * Creates a new OpenCompartment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenCompartment instance
             */
            static create(properties: edge.v1.OpenCompartment.$Shape): edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape;
            static create(properties?: edge.v1.OpenCompartment.$Properties): edge.v1.OpenCompartment;

            /**
             * Encodes the specified OpenCompartment message. Does not implicitly {@link edge.v1.OpenCompartment.verify|verify} messages.
             * @param m OpenCompartment message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.OpenCompartment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OpenCompartment message, length delimited. Does not implicitly {@link edge.v1.OpenCompartment.verify|verify} messages.
             * @param message OpenCompartment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.OpenCompartment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenCompartment message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape} OpenCompartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape;

            /**
             * Decodes an OpenCompartment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape} OpenCompartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.OpenCompartment & edge.v1.OpenCompartment.$Shape;

            /**
             * Verifies an OpenCompartment message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an OpenCompartment message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OpenCompartment
             */
            static fromObject(d: { [k: string]: any }): edge.v1.OpenCompartment;

            /**
             * Creates a plain object from an OpenCompartment message. Also converts values to other types if specified.
             * @param m OpenCompartment
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.OpenCompartment, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpenCompartment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OpenCompartment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OpenCompartment {

            /** Properties of an OpenCompartment. */
            interface $Properties {

                /** OpenCompartment compartment */
                compartment?: (number|null);

                /** OpenCompartment reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpenCompartment. */
            type $Shape = edge.v1.OpenCompartment.$Properties;
        }

        /**
         * Properties of a PriceEntry.
         * @deprecated Use edge.v1.PriceEntry.$Properties instead.
         */
        interface IPriceEntry extends edge.v1.PriceEntry.$Properties {
        }

        /** Represents a PriceEntry. */
        class PriceEntry {

            /**
             * Constructs a new PriceEntry.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.PriceEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PriceEntry sku. */
            sku: string;

            /** PriceEntry unitPriceMinor. */
            unitPriceMinor: number;

            /** PriceEntry title. */
            title: string;

            /**
             * Creates a new PriceEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PriceEntry instance
             */
            static create(properties: edge.v1.PriceEntry.$Shape): edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape;
            static create(properties?: edge.v1.PriceEntry.$Properties): edge.v1.PriceEntry;

            /**
             * Encodes the specified PriceEntry message. Does not implicitly {@link edge.v1.PriceEntry.verify|verify} messages.
             * @param m PriceEntry message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.PriceEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PriceEntry message, length delimited. Does not implicitly {@link edge.v1.PriceEntry.verify|verify} messages.
             * @param message PriceEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.PriceEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PriceEntry message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape} PriceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape;

            /**
             * Decodes a PriceEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape} PriceEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.PriceEntry & edge.v1.PriceEntry.$Shape;

            /**
             * Verifies a PriceEntry message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PriceEntry message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PriceEntry
             */
            static fromObject(d: { [k: string]: any }): edge.v1.PriceEntry;

            /**
             * Creates a plain object from a PriceEntry message. Also converts values to other types if specified.
             * @param m PriceEntry
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.PriceEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PriceEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PriceEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PriceEntry {

            /** Properties of a PriceEntry. */
            interface $Properties {

                /** PriceEntry sku */
                sku?: (string|null);

                /** PriceEntry unitPriceMinor */
                unitPriceMinor?: (number|null);

                /** PriceEntry title */
                title?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PriceEntry. */
            type $Shape = edge.v1.PriceEntry.$Properties;
        }

        /**
         * Properties of a SetPrices.
         * @deprecated Use edge.v1.SetPrices.$Properties instead.
         */
        interface ISetPrices extends edge.v1.SetPrices.$Properties {
        }

        /** Represents a SetPrices. */
        class SetPrices {

            /**
             * Constructs a new SetPrices.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SetPrices.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPrices currency. */
            currency: string;

            /** SetPrices prices. */
            prices: edge.v1.PriceEntry.$Properties[];

            /**
             * Creates a new SetPrices instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPrices instance
             */
            static create(properties: edge.v1.SetPrices.$Shape): edge.v1.SetPrices & edge.v1.SetPrices.$Shape;
            static create(properties?: edge.v1.SetPrices.$Properties): edge.v1.SetPrices;

            /**
             * Encodes the specified SetPrices message. Does not implicitly {@link edge.v1.SetPrices.verify|verify} messages.
             * @param m SetPrices message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SetPrices.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetPrices message, length delimited. Does not implicitly {@link edge.v1.SetPrices.verify|verify} messages.
             * @param message SetPrices message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SetPrices.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPrices message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SetPrices & edge.v1.SetPrices.$Shape} SetPrices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SetPrices & edge.v1.SetPrices.$Shape;

            /**
             * Decodes a SetPrices message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SetPrices & edge.v1.SetPrices.$Shape} SetPrices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SetPrices & edge.v1.SetPrices.$Shape;

            /**
             * Verifies a SetPrices message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SetPrices message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SetPrices
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SetPrices;

            /**
             * Creates a plain object from a SetPrices message. Also converts values to other types if specified.
             * @param m SetPrices
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SetPrices, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetPrices to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetPrices
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPrices {

            /** Properties of a SetPrices. */
            interface $Properties {

                /** SetPrices currency */
                currency?: (string|null);

                /** SetPrices prices */
                prices?: (edge.v1.PriceEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPrices. */
            type $Shape = edge.v1.SetPrices.$Properties;
        }

        /**
         * Properties of a SetServiceMode.
         * @deprecated Use edge.v1.SetServiceMode.$Properties instead.
         */
        interface ISetServiceMode extends edge.v1.SetServiceMode.$Properties {
        }

        /** Represents a SetServiceMode. */
        class SetServiceMode {

            /**
             * Constructs a new SetServiceMode.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SetServiceMode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetServiceMode mode. */
            mode: edge.v1.ServiceMode;

            /** SetServiceMode reason. */
            reason: string;

            /**
             * Creates a new SetServiceMode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetServiceMode instance
             */
            static create(properties: edge.v1.SetServiceMode.$Shape): edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape;
            static create(properties?: edge.v1.SetServiceMode.$Properties): edge.v1.SetServiceMode;

            /**
             * Encodes the specified SetServiceMode message. Does not implicitly {@link edge.v1.SetServiceMode.verify|verify} messages.
             * @param m SetServiceMode message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SetServiceMode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetServiceMode message, length delimited. Does not implicitly {@link edge.v1.SetServiceMode.verify|verify} messages.
             * @param message SetServiceMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SetServiceMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetServiceMode message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape} SetServiceMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape;

            /**
             * Decodes a SetServiceMode message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape} SetServiceMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SetServiceMode & edge.v1.SetServiceMode.$Shape;

            /**
             * Verifies a SetServiceMode message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SetServiceMode message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SetServiceMode
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SetServiceMode;

            /**
             * Creates a plain object from a SetServiceMode message. Also converts values to other types if specified.
             * @param m SetServiceMode
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SetServiceMode, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetServiceMode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetServiceMode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetServiceMode {

            /** Properties of a SetServiceMode. */
            interface $Properties {

                /** SetServiceMode mode */
                mode?: (edge.v1.ServiceMode|null);

                /** SetServiceMode reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetServiceMode. */
            type $Shape = edge.v1.SetServiceMode.$Properties;
        }

        /**
         * Properties of a Reboot.
         * @deprecated Use edge.v1.Reboot.$Properties instead.
         */
        interface IReboot extends edge.v1.Reboot.$Properties {
        }

        /** Represents a Reboot. */
        class Reboot {

            /**
             * Constructs a new Reboot.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Reboot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reboot reason. */
            reason: string;

            /**
             * Creates a new Reboot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reboot instance
             */
            static create(properties: edge.v1.Reboot.$Shape): edge.v1.Reboot & edge.v1.Reboot.$Shape;
            static create(properties?: edge.v1.Reboot.$Properties): edge.v1.Reboot;

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link edge.v1.Reboot.verify|verify} messages.
             * @param m Reboot message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Reboot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reboot message, length delimited. Does not implicitly {@link edge.v1.Reboot.verify|verify} messages.
             * @param message Reboot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Reboot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Reboot & edge.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Reboot & edge.v1.Reboot.$Shape;

            /**
             * Decodes a Reboot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Reboot & edge.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Reboot & edge.v1.Reboot.$Shape;

            /**
             * Verifies a Reboot message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Reboot message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Reboot
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Reboot;

            /**
             * Creates a plain object from a Reboot message. Also converts values to other types if specified.
             * @param m Reboot
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Reboot, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reboot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reboot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reboot {

            /** Properties of a Reboot. */
            interface $Properties {

                /** Reboot reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reboot. */
            type $Shape = edge.v1.Reboot.$Properties;
        }

        /**
         * Properties of a PickupItem.
         * @deprecated Use edge.v1.PickupItem.$Properties instead.
         */
        interface IPickupItem extends edge.v1.PickupItem.$Properties {
        }

        /** Represents a PickupItem. */
        class PickupItem {

            /**
             * Constructs a new PickupItem.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.PickupItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PickupItem documentRef. */
            documentRef: string;

            /** PickupItem compartment. */
            compartment: number;

            /** PickupItem codeSalt. */
            codeSalt: string;

            /** PickupItem codeHash. */
            codeHash: string;

            /** PickupItem expiresMs. */
            expiresMs: number;

            /** PickupItem codeMac. */
            codeMac: string;

            /**
             * Creates a new PickupItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PickupItem instance
             */
            static create(properties: edge.v1.PickupItem.$Shape): edge.v1.PickupItem & edge.v1.PickupItem.$Shape;
            static create(properties?: edge.v1.PickupItem.$Properties): edge.v1.PickupItem;

            /**
             * Encodes the specified PickupItem message. Does not implicitly {@link edge.v1.PickupItem.verify|verify} messages.
             * @param m PickupItem message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.PickupItem.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PickupItem message, length delimited. Does not implicitly {@link edge.v1.PickupItem.verify|verify} messages.
             * @param message PickupItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.PickupItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PickupItem message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.PickupItem & edge.v1.PickupItem.$Shape} PickupItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.PickupItem & edge.v1.PickupItem.$Shape;

            /**
             * Decodes a PickupItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.PickupItem & edge.v1.PickupItem.$Shape} PickupItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.PickupItem & edge.v1.PickupItem.$Shape;

            /**
             * Verifies a PickupItem message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PickupItem message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PickupItem
             */
            static fromObject(d: { [k: string]: any }): edge.v1.PickupItem;

            /**
             * Creates a plain object from a PickupItem message. Also converts values to other types if specified.
             * @param m PickupItem
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.PickupItem, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PickupItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PickupItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PickupItem {

            /** Properties of a PickupItem. */
            interface $Properties {

                /** PickupItem documentRef */
                documentRef?: (string|null);

                /** PickupItem compartment */
                compartment?: (number|null);

                /** PickupItem codeSalt */
                codeSalt?: (string|null);

                /** PickupItem codeHash */
                codeHash?: (string|null);

                /** PickupItem expiresMs */
                expiresMs?: (number|null);

                /** PickupItem codeMac */
                codeMac?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PickupItem. */
            type $Shape = edge.v1.PickupItem.$Properties;
        }

        /**
         * Properties of a RefreshPickupList.
         * @deprecated Use edge.v1.RefreshPickupList.$Properties instead.
         */
        interface IRefreshPickupList extends edge.v1.RefreshPickupList.$Properties {
        }

        /** Represents a RefreshPickupList. */
        class RefreshPickupList {

            /**
             * Constructs a new RefreshPickupList.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.RefreshPickupList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RefreshPickupList items. */
            items: edge.v1.PickupItem.$Properties[];

            /**
             * Creates a new RefreshPickupList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RefreshPickupList instance
             */
            static create(properties: edge.v1.RefreshPickupList.$Shape): edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape;
            static create(properties?: edge.v1.RefreshPickupList.$Properties): edge.v1.RefreshPickupList;

            /**
             * Encodes the specified RefreshPickupList message. Does not implicitly {@link edge.v1.RefreshPickupList.verify|verify} messages.
             * @param m RefreshPickupList message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.RefreshPickupList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RefreshPickupList message, length delimited. Does not implicitly {@link edge.v1.RefreshPickupList.verify|verify} messages.
             * @param message RefreshPickupList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.RefreshPickupList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RefreshPickupList message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape} RefreshPickupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape;

            /**
             * Decodes a RefreshPickupList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape} RefreshPickupList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.RefreshPickupList & edge.v1.RefreshPickupList.$Shape;

            /**
             * Verifies a RefreshPickupList message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RefreshPickupList message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RefreshPickupList
             */
            static fromObject(d: { [k: string]: any }): edge.v1.RefreshPickupList;

            /**
             * Creates a plain object from a RefreshPickupList message. Also converts values to other types if specified.
             * @param m RefreshPickupList
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.RefreshPickupList, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RefreshPickupList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RefreshPickupList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RefreshPickupList {

            /** Properties of a RefreshPickupList. */
            interface $Properties {

                /** RefreshPickupList items */
                items?: (edge.v1.PickupItem.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RefreshPickupList. */
            type $Shape = edge.v1.RefreshPickupList.$Properties;
        }

        /**
         * Properties of a RequestState.
         * @deprecated Use edge.v1.RequestState.$Properties instead.
         */
        interface IRequestState extends edge.v1.RequestState.$Properties {
        }

        /** Represents a RequestState. */
        class RequestState {

            /**
             * Constructs a new RequestState.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.RequestState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestState rebirth. */
            rebirth: boolean;

            /**
             * Creates a new RequestState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestState instance
             */
            static create(properties: edge.v1.RequestState.$Shape): edge.v1.RequestState & edge.v1.RequestState.$Shape;
            static create(properties?: edge.v1.RequestState.$Properties): edge.v1.RequestState;

            /**
             * Encodes the specified RequestState message. Does not implicitly {@link edge.v1.RequestState.verify|verify} messages.
             * @param m RequestState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.RequestState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestState message, length delimited. Does not implicitly {@link edge.v1.RequestState.verify|verify} messages.
             * @param message RequestState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.RequestState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.RequestState & edge.v1.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.RequestState & edge.v1.RequestState.$Shape;

            /**
             * Decodes a RequestState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.RequestState & edge.v1.RequestState.$Shape} RequestState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.RequestState & edge.v1.RequestState.$Shape;

            /**
             * Verifies a RequestState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RequestState
             */
            static fromObject(d: { [k: string]: any }): edge.v1.RequestState;

            /**
             * Creates a plain object from a RequestState message. Also converts values to other types if specified.
             * @param m RequestState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.RequestState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestState {

            /** Properties of a RequestState. */
            interface $Properties {

                /** RequestState rebirth */
                rebirth?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestState. */
            type $Shape = edge.v1.RequestState.$Properties;
        }

        /** CommandState enum. */
        enum CommandState {

            /** COMMAND_STATE_UNSPECIFIED value */
            COMMAND_STATE_UNSPECIFIED = 0,

            /** COMMAND_STATE_RECEIVED value */
            COMMAND_STATE_RECEIVED = 1,

            /** COMMAND_STATE_DELIVERED value */
            COMMAND_STATE_DELIVERED = 2,

            /** COMMAND_STATE_SUCCEEDED value */
            COMMAND_STATE_SUCCEEDED = 3,

            /** COMMAND_STATE_FAILED value */
            COMMAND_STATE_FAILED = 4,

            /** COMMAND_STATE_EXPIRED value */
            COMMAND_STATE_EXPIRED = 5,

            /** COMMAND_STATE_REJECTED value */
            COMMAND_STATE_REJECTED = 6
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use edge.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends edge.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult commandId. */
            commandId: string;

            /** CommandResult state. */
            state: edge.v1.CommandState;

            /** CommandResult reason. */
            reason: string;

            /** CommandResult deviceId. */
            deviceId: string;

            /** CommandResult timeMs. */
            timeMs: number;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: edge.v1.CommandResult.$Shape): edge.v1.CommandResult & edge.v1.CommandResult.$Shape;
            static create(properties?: edge.v1.CommandResult.$Properties): edge.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link edge.v1.CommandResult.verify|verify} messages.
             * @param m CommandResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.CommandResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link edge.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.CommandResult & edge.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.CommandResult & edge.v1.CommandResult.$Shape;

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.CommandResult & edge.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.CommandResult & edge.v1.CommandResult.$Shape;

            /**
             * Verifies a CommandResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandResult
             */
            static fromObject(d: { [k: string]: any }): edge.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param m CommandResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.CommandResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult commandId */
                commandId?: (string|null);

                /** CommandResult state */
                state?: (edge.v1.CommandState|null);

                /** CommandResult reason */
                reason?: (string|null);

                /** CommandResult deviceId */
                deviceId?: (string|null);

                /** CommandResult timeMs */
                timeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = edge.v1.CommandResult.$Properties;
        }

        /**
         * Properties of a Money.
         * @deprecated Use edge.v1.Money.$Properties instead.
         */
        interface IMoney extends edge.v1.Money.$Properties {
        }

        /** Represents a Money. */
        class Money {

            /**
             * Constructs a new Money.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Money.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Money amountMinor. */
            amountMinor: number;

            /** Money currency. */
            currency: string;

            /**
             * Creates a new Money instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Money instance
             */
            static create(properties: edge.v1.Money.$Shape): edge.v1.Money & edge.v1.Money.$Shape;
            static create(properties?: edge.v1.Money.$Properties): edge.v1.Money;

            /**
             * Encodes the specified Money message. Does not implicitly {@link edge.v1.Money.verify|verify} messages.
             * @param m Money message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Money.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Money message, length delimited. Does not implicitly {@link edge.v1.Money.verify|verify} messages.
             * @param message Money message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Money.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Money message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Money & edge.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Money & edge.v1.Money.$Shape;

            /**
             * Decodes a Money message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Money & edge.v1.Money.$Shape} Money
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Money & edge.v1.Money.$Shape;

            /**
             * Verifies a Money message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Money message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Money
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Money;

            /**
             * Creates a plain object from a Money message. Also converts values to other types if specified.
             * @param m Money
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Money, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Money to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Money
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Money {

            /** Properties of a Money. */
            interface $Properties {

                /** Money amountMinor */
                amountMinor?: (number|null);

                /** Money currency */
                currency?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Money. */
            type $Shape = edge.v1.Money.$Properties;
        }

        /**
         * Properties of a Transaction.
         * @deprecated Use edge.v1.Transaction.$Properties instead.
         */
        interface ITransaction extends edge.v1.Transaction.$Properties {
        }

        /** Represents a Transaction. */
        class Transaction {

            /**
             * Constructs a new Transaction.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Transaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Transaction teller. */
            teller?: (edge.v1.TellerService.$Properties|null);

            /** Transaction sale. */
            sale?: (edge.v1.VendingSale.$Properties|null);

            /** Transaction locker. */
            locker?: (edge.v1.LockerAction.$Properties|null);

            /** Transaction kind. */
            kind?: ("teller"|"sale"|"locker");

            /**
             * Creates a new Transaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Transaction instance
             */
            static create(properties: edge.v1.Transaction.$Shape): edge.v1.Transaction & edge.v1.Transaction.$Shape;
            static create(properties?: edge.v1.Transaction.$Properties): edge.v1.Transaction;

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link edge.v1.Transaction.verify|verify} messages.
             * @param m Transaction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Transaction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Transaction message, length delimited. Does not implicitly {@link edge.v1.Transaction.verify|verify} messages.
             * @param message Transaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Transaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Transaction & edge.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Transaction & edge.v1.Transaction.$Shape;

            /**
             * Decodes a Transaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Transaction & edge.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Transaction & edge.v1.Transaction.$Shape;

            /**
             * Verifies a Transaction message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Transaction message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Transaction
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Transaction;

            /**
             * Creates a plain object from a Transaction message. Also converts values to other types if specified.
             * @param m Transaction
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Transaction, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Transaction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Transaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Transaction {

            /** Properties of a Transaction. */
            interface $Properties {

                /** Transaction teller */
                teller?: (edge.v1.TellerService.$Properties|null);

                /** Transaction sale */
                sale?: (edge.v1.VendingSale.$Properties|null);

                /** Transaction locker */
                locker?: (edge.v1.LockerAction.$Properties|null);

                /** Transaction kind */
                kind?: ("teller"|"sale"|"locker");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Transaction. */
            type $Shape = {
              teller?: edge.v1.TellerService.$Shape|null;
              sale?: edge.v1.VendingSale.$Shape|null;
              locker?: edge.v1.LockerAction.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; teller?: null; sale?: null; locker?: null }|{ kind?: "teller"; teller: edge.v1.TellerService.$Shape; sale?: null; locker?: null }|{ kind?: "sale"; teller?: null; sale: edge.v1.VendingSale.$Shape; locker?: null }|{ kind?: "locker"; teller?: null; sale?: null; locker: edge.v1.LockerAction.$Shape })
            );
        }

        /** ServiceOutcome enum. */
        enum ServiceOutcome {

            /** SERVICE_OUTCOME_UNSPECIFIED value */
            SERVICE_OUTCOME_UNSPECIFIED = 0,

            /** SERVICE_OUTCOME_COMPLETED value */
            SERVICE_OUTCOME_COMPLETED = 1,

            /** SERVICE_OUTCOME_CANCELLED value */
            SERVICE_OUTCOME_CANCELLED = 2,

            /** SERVICE_OUTCOME_FAILED value */
            SERVICE_OUTCOME_FAILED = 3,

            /** SERVICE_OUTCOME_REFERRED value */
            SERVICE_OUTCOME_REFERRED = 4
        }

        /** IdentityMethod enum. */
        enum IdentityMethod {

            /** IDENTITY_METHOD_UNSPECIFIED value */
            IDENTITY_METHOD_UNSPECIFIED = 0,

            /** IDENTITY_METHOD_ID_CARD value */
            IDENTITY_METHOD_ID_CARD = 1,

            /** IDENTITY_METHOD_QR_DIGITAL_ID value */
            IDENTITY_METHOD_QR_DIGITAL_ID = 2,

            /** IDENTITY_METHOD_FACE value */
            IDENTITY_METHOD_FACE = 3,

            /** IDENTITY_METHOD_FINGERPRINT value */
            IDENTITY_METHOD_FINGERPRINT = 4,

            /** IDENTITY_METHOD_PICKUP_CODE value */
            IDENTITY_METHOD_PICKUP_CODE = 5,

            /** IDENTITY_METHOD_STAFF_BADGE value */
            IDENTITY_METHOD_STAFF_BADGE = 6,

            /** IDENTITY_METHOD_NONE value */
            IDENTITY_METHOD_NONE = 7
        }

        /**
         * Properties of a TellerService.
         * @deprecated Use edge.v1.TellerService.$Properties instead.
         */
        interface ITellerService extends edge.v1.TellerService.$Properties {
        }

        /** Represents a TellerService. */
        class TellerService {

            /**
             * Constructs a new TellerService.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.TellerService.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TellerService serviceCode. */
            serviceCode: string;

            /** TellerService department. */
            department: string;

            /** TellerService outcome. */
            outcome: edge.v1.ServiceOutcome;

            /** TellerService fee. */
            fee?: (edge.v1.Money.$Properties|null);

            /** TellerService durationS. */
            durationS: number;

            /** TellerService documentPrinted. */
            documentPrinted: boolean;

            /** TellerService identity. */
            identity: edge.v1.IdentityMethod;

            /** TellerService citizenRef. */
            citizenRef: string;

            /** TellerService failureCode. */
            failureCode: string;

            /**
             * Creates a new TellerService instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TellerService instance
             */
            static create(properties: edge.v1.TellerService.$Shape): edge.v1.TellerService & edge.v1.TellerService.$Shape;
            static create(properties?: edge.v1.TellerService.$Properties): edge.v1.TellerService;

            /**
             * Encodes the specified TellerService message. Does not implicitly {@link edge.v1.TellerService.verify|verify} messages.
             * @param m TellerService message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.TellerService.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TellerService message, length delimited. Does not implicitly {@link edge.v1.TellerService.verify|verify} messages.
             * @param message TellerService message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.TellerService.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TellerService message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.TellerService & edge.v1.TellerService.$Shape} TellerService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.TellerService & edge.v1.TellerService.$Shape;

            /**
             * Decodes a TellerService message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.TellerService & edge.v1.TellerService.$Shape} TellerService
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.TellerService & edge.v1.TellerService.$Shape;

            /**
             * Verifies a TellerService message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TellerService message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TellerService
             */
            static fromObject(d: { [k: string]: any }): edge.v1.TellerService;

            /**
             * Creates a plain object from a TellerService message. Also converts values to other types if specified.
             * @param m TellerService
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.TellerService, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TellerService to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TellerService
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TellerService {

            /** Properties of a TellerService. */
            interface $Properties {

                /** TellerService serviceCode */
                serviceCode?: (string|null);

                /** TellerService department */
                department?: (string|null);

                /** TellerService outcome */
                outcome?: (edge.v1.ServiceOutcome|null);

                /** TellerService fee */
                fee?: (edge.v1.Money.$Properties|null);

                /** TellerService durationS */
                durationS?: (number|null);

                /** TellerService documentPrinted */
                documentPrinted?: (boolean|null);

                /** TellerService identity */
                identity?: (edge.v1.IdentityMethod|null);

                /** TellerService citizenRef */
                citizenRef?: (string|null);

                /** TellerService failureCode */
                failureCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TellerService. */
            type $Shape = edge.v1.TellerService.$Properties;
        }

        /** PaymentMethod enum. */
        enum PaymentMethod {

            /** PAYMENT_METHOD_UNSPECIFIED value */
            PAYMENT_METHOD_UNSPECIFIED = 0,

            /** PAYMENT_METHOD_CASH value */
            PAYMENT_METHOD_CASH = 1,

            /** PAYMENT_METHOD_CARD value */
            PAYMENT_METHOD_CARD = 2,

            /** PAYMENT_METHOD_QR_WALLET value */
            PAYMENT_METHOD_QR_WALLET = 3,

            /** PAYMENT_METHOD_FREE value */
            PAYMENT_METHOD_FREE = 4
        }

        /**
         * Properties of a SaleItem.
         * @deprecated Use edge.v1.SaleItem.$Properties instead.
         */
        interface ISaleItem extends edge.v1.SaleItem.$Properties {
        }

        /** Represents a SaleItem. */
        class SaleItem {

            /**
             * Constructs a new SaleItem.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SaleItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaleItem sku. */
            sku: string;

            /** SaleItem quantity. */
            quantity: number;

            /** SaleItem unitPriceMinor. */
            unitPriceMinor: number;

            /** SaleItem slot. */
            slot: number;

            /**
             * Creates a new SaleItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaleItem instance
             */
            static create(properties: edge.v1.SaleItem.$Shape): edge.v1.SaleItem & edge.v1.SaleItem.$Shape;
            static create(properties?: edge.v1.SaleItem.$Properties): edge.v1.SaleItem;

            /**
             * Encodes the specified SaleItem message. Does not implicitly {@link edge.v1.SaleItem.verify|verify} messages.
             * @param m SaleItem message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SaleItem.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SaleItem message, length delimited. Does not implicitly {@link edge.v1.SaleItem.verify|verify} messages.
             * @param message SaleItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SaleItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaleItem message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SaleItem & edge.v1.SaleItem.$Shape} SaleItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SaleItem & edge.v1.SaleItem.$Shape;

            /**
             * Decodes a SaleItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SaleItem & edge.v1.SaleItem.$Shape} SaleItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SaleItem & edge.v1.SaleItem.$Shape;

            /**
             * Verifies a SaleItem message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SaleItem message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SaleItem
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SaleItem;

            /**
             * Creates a plain object from a SaleItem message. Also converts values to other types if specified.
             * @param m SaleItem
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SaleItem, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaleItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SaleItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaleItem {

            /** Properties of a SaleItem. */
            interface $Properties {

                /** SaleItem sku */
                sku?: (string|null);

                /** SaleItem quantity */
                quantity?: (number|null);

                /** SaleItem unitPriceMinor */
                unitPriceMinor?: (number|null);

                /** SaleItem slot */
                slot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaleItem. */
            type $Shape = edge.v1.SaleItem.$Properties;
        }

        /**
         * Properties of a VendingSale.
         * @deprecated Use edge.v1.VendingSale.$Properties instead.
         */
        interface IVendingSale extends edge.v1.VendingSale.$Properties {
        }

        /** Represents a VendingSale. */
        class VendingSale {

            /**
             * Constructs a new VendingSale.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.VendingSale.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VendingSale items. */
            items: edge.v1.SaleItem.$Properties[];

            /** VendingSale total. */
            total?: (edge.v1.Money.$Properties|null);

            /** VendingSale payment. */
            payment: edge.v1.PaymentMethod;

            /** VendingSale receiptNo. */
            receiptNo: string;

            /** VendingSale cardLast4. */
            cardLast4: string;

            /**
             * Creates a new VendingSale instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VendingSale instance
             */
            static create(properties: edge.v1.VendingSale.$Shape): edge.v1.VendingSale & edge.v1.VendingSale.$Shape;
            static create(properties?: edge.v1.VendingSale.$Properties): edge.v1.VendingSale;

            /**
             * Encodes the specified VendingSale message. Does not implicitly {@link edge.v1.VendingSale.verify|verify} messages.
             * @param m VendingSale message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.VendingSale.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VendingSale message, length delimited. Does not implicitly {@link edge.v1.VendingSale.verify|verify} messages.
             * @param message VendingSale message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.VendingSale.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VendingSale message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.VendingSale & edge.v1.VendingSale.$Shape} VendingSale
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.VendingSale & edge.v1.VendingSale.$Shape;

            /**
             * Decodes a VendingSale message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.VendingSale & edge.v1.VendingSale.$Shape} VendingSale
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.VendingSale & edge.v1.VendingSale.$Shape;

            /**
             * Verifies a VendingSale message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a VendingSale message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns VendingSale
             */
            static fromObject(d: { [k: string]: any }): edge.v1.VendingSale;

            /**
             * Creates a plain object from a VendingSale message. Also converts values to other types if specified.
             * @param m VendingSale
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.VendingSale, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VendingSale to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VendingSale
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VendingSale {

            /** Properties of a VendingSale. */
            interface $Properties {

                /** VendingSale items */
                items?: (edge.v1.SaleItem.$Properties[]|null);

                /** VendingSale total */
                total?: (edge.v1.Money.$Properties|null);

                /** VendingSale payment */
                payment?: (edge.v1.PaymentMethod|null);

                /** VendingSale receiptNo */
                receiptNo?: (string|null);

                /** VendingSale cardLast4 */
                cardLast4?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VendingSale. */
            type $Shape = edge.v1.VendingSale.$Properties;
        }

        /** LockerActionType enum. */
        enum LockerActionType {

            /** LOCKER_ACTION_TYPE_UNSPECIFIED value */
            LOCKER_ACTION_TYPE_UNSPECIFIED = 0,

            /** LOCKER_ACTION_TYPE_DEPOSIT value */
            LOCKER_ACTION_TYPE_DEPOSIT = 1,

            /** LOCKER_ACTION_TYPE_PICKUP value */
            LOCKER_ACTION_TYPE_PICKUP = 2,

            /** LOCKER_ACTION_TYPE_RETRIEVE value */
            LOCKER_ACTION_TYPE_RETRIEVE = 3
        }

        /** LockerResult enum. */
        enum LockerResult {

            /** LOCKER_RESULT_UNSPECIFIED value */
            LOCKER_RESULT_UNSPECIFIED = 0,

            /** LOCKER_RESULT_OK value */
            LOCKER_RESULT_OK = 1,

            /** LOCKER_RESULT_WRONG_CODE value */
            LOCKER_RESULT_WRONG_CODE = 2,

            /** LOCKER_RESULT_ALREADY_COLLECTED value */
            LOCKER_RESULT_ALREADY_COLLECTED = 3,

            /** LOCKER_RESULT_DOOR_FAULT value */
            LOCKER_RESULT_DOOR_FAULT = 4,

            /** LOCKER_RESULT_CANCELLED value */
            LOCKER_RESULT_CANCELLED = 5
        }

        /**
         * Properties of a LockerAction.
         * @deprecated Use edge.v1.LockerAction.$Properties instead.
         */
        interface ILockerAction extends edge.v1.LockerAction.$Properties {
        }

        /** Represents a LockerAction. */
        class LockerAction {

            /**
             * Constructs a new LockerAction.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.LockerAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LockerAction action. */
            action: edge.v1.LockerActionType;

            /** LockerAction compartment. */
            compartment: number;

            /** LockerAction documentRef. */
            documentRef: string;

            /** LockerAction identity. */
            identity: edge.v1.IdentityMethod;

            /** LockerAction result. */
            result: edge.v1.LockerResult;

            /** LockerAction pickupCodeHash. */
            pickupCodeHash: string;

            /** LockerAction citizenRef. */
            citizenRef: string;

            /** LockerAction offline. */
            offline: boolean;

            /**
             * Creates a new LockerAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LockerAction instance
             */
            static create(properties: edge.v1.LockerAction.$Shape): edge.v1.LockerAction & edge.v1.LockerAction.$Shape;
            static create(properties?: edge.v1.LockerAction.$Properties): edge.v1.LockerAction;

            /**
             * Encodes the specified LockerAction message. Does not implicitly {@link edge.v1.LockerAction.verify|verify} messages.
             * @param m LockerAction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.LockerAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LockerAction message, length delimited. Does not implicitly {@link edge.v1.LockerAction.verify|verify} messages.
             * @param message LockerAction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.LockerAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LockerAction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.LockerAction & edge.v1.LockerAction.$Shape} LockerAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.LockerAction & edge.v1.LockerAction.$Shape;

            /**
             * Decodes a LockerAction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.LockerAction & edge.v1.LockerAction.$Shape} LockerAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.LockerAction & edge.v1.LockerAction.$Shape;

            /**
             * Verifies a LockerAction message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LockerAction message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LockerAction
             */
            static fromObject(d: { [k: string]: any }): edge.v1.LockerAction;

            /**
             * Creates a plain object from a LockerAction message. Also converts values to other types if specified.
             * @param m LockerAction
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.LockerAction, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LockerAction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LockerAction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LockerAction {

            /** Properties of a LockerAction. */
            interface $Properties {

                /** LockerAction action */
                action?: (edge.v1.LockerActionType|null);

                /** LockerAction compartment */
                compartment?: (number|null);

                /** LockerAction documentRef */
                documentRef?: (string|null);

                /** LockerAction identity */
                identity?: (edge.v1.IdentityMethod|null);

                /** LockerAction result */
                result?: (edge.v1.LockerResult|null);

                /** LockerAction pickupCodeHash */
                pickupCodeHash?: (string|null);

                /** LockerAction citizenRef */
                citizenRef?: (string|null);

                /** LockerAction offline */
                offline?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LockerAction. */
            type $Shape = edge.v1.LockerAction.$Properties;
        }

        /** ComponentHealth enum. */
        enum ComponentHealth {

            /** COMPONENT_HEALTH_UNSPECIFIED value */
            COMPONENT_HEALTH_UNSPECIFIED = 0,

            /** COMPONENT_HEALTH_OK value */
            COMPONENT_HEALTH_OK = 1,

            /** COMPONENT_HEALTH_LOW value */
            COMPONENT_HEALTH_LOW = 2,

            /** COMPONENT_HEALTH_EMPTY value */
            COMPONENT_HEALTH_EMPTY = 3,

            /** COMPONENT_HEALTH_FAULT value */
            COMPONENT_HEALTH_FAULT = 4,

            /** COMPONENT_HEALTH_OFFLINE value */
            COMPONENT_HEALTH_OFFLINE = 5
        }

        /**
         * Properties of a ComponentStatus.
         * @deprecated Use edge.v1.ComponentStatus.$Properties instead.
         */
        interface IComponentStatus extends edge.v1.ComponentStatus.$Properties {
        }

        /** Represents a ComponentStatus. */
        class ComponentStatus {

            /**
             * Constructs a new ComponentStatus.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.ComponentStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ComponentStatus component. */
            component: string;

            /** ComponentStatus health. */
            health: edge.v1.ComponentHealth;

            /** ComponentStatus levelPercent. */
            levelPercent: number;

            /** ComponentStatus detail. */
            detail: string;

            /**
             * Creates a new ComponentStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ComponentStatus instance
             */
            static create(properties: edge.v1.ComponentStatus.$Shape): edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape;
            static create(properties?: edge.v1.ComponentStatus.$Properties): edge.v1.ComponentStatus;

            /**
             * Encodes the specified ComponentStatus message. Does not implicitly {@link edge.v1.ComponentStatus.verify|verify} messages.
             * @param m ComponentStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.ComponentStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ComponentStatus message, length delimited. Does not implicitly {@link edge.v1.ComponentStatus.verify|verify} messages.
             * @param message ComponentStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.ComponentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ComponentStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape} ComponentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape;

            /**
             * Decodes a ComponentStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape} ComponentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.ComponentStatus & edge.v1.ComponentStatus.$Shape;

            /**
             * Verifies a ComponentStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ComponentStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ComponentStatus
             */
            static fromObject(d: { [k: string]: any }): edge.v1.ComponentStatus;

            /**
             * Creates a plain object from a ComponentStatus message. Also converts values to other types if specified.
             * @param m ComponentStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.ComponentStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ComponentStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ComponentStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ComponentStatus {

            /** Properties of a ComponentStatus. */
            interface $Properties {

                /** ComponentStatus component */
                component?: (string|null);

                /** ComponentStatus health */
                health?: (edge.v1.ComponentHealth|null);

                /** ComponentStatus levelPercent */
                levelPercent?: (number|null);

                /** ComponentStatus detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ComponentStatus. */
            type $Shape = edge.v1.ComponentStatus.$Properties;
        }

        /**
         * Properties of a SlotStock.
         * @deprecated Use edge.v1.SlotStock.$Properties instead.
         */
        interface ISlotStock extends edge.v1.SlotStock.$Properties {
        }

        /** Represents a SlotStock. */
        class SlotStock {

            /**
             * Constructs a new SlotStock.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SlotStock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SlotStock slot. */
            slot: number;

            /** SlotStock sku. */
            sku: string;

            /** SlotStock quantity. */
            quantity: number;

            /** SlotStock capacity. */
            capacity: number;

            /**
             * Creates a new SlotStock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SlotStock instance
             */
            static create(properties: edge.v1.SlotStock.$Shape): edge.v1.SlotStock & edge.v1.SlotStock.$Shape;
            static create(properties?: edge.v1.SlotStock.$Properties): edge.v1.SlotStock;

            /**
             * Encodes the specified SlotStock message. Does not implicitly {@link edge.v1.SlotStock.verify|verify} messages.
             * @param m SlotStock message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SlotStock.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SlotStock message, length delimited. Does not implicitly {@link edge.v1.SlotStock.verify|verify} messages.
             * @param message SlotStock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SlotStock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SlotStock message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SlotStock & edge.v1.SlotStock.$Shape} SlotStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SlotStock & edge.v1.SlotStock.$Shape;

            /**
             * Decodes a SlotStock message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SlotStock & edge.v1.SlotStock.$Shape} SlotStock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SlotStock & edge.v1.SlotStock.$Shape;

            /**
             * Verifies a SlotStock message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SlotStock message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SlotStock
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SlotStock;

            /**
             * Creates a plain object from a SlotStock message. Also converts values to other types if specified.
             * @param m SlotStock
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SlotStock, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SlotStock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SlotStock
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SlotStock {

            /** Properties of a SlotStock. */
            interface $Properties {

                /** SlotStock slot */
                slot?: (number|null);

                /** SlotStock sku */
                sku?: (string|null);

                /** SlotStock quantity */
                quantity?: (number|null);

                /** SlotStock capacity */
                capacity?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SlotStock. */
            type $Shape = edge.v1.SlotStock.$Properties;
        }

        /** DoorState enum. */
        enum DoorState {

            /** DOOR_STATE_UNSPECIFIED value */
            DOOR_STATE_UNSPECIFIED = 0,

            /** DOOR_STATE_CLOSED value */
            DOOR_STATE_CLOSED = 1,

            /** DOOR_STATE_OPEN value */
            DOOR_STATE_OPEN = 2,

            /** DOOR_STATE_FORCED value */
            DOOR_STATE_FORCED = 3,

            /** DOOR_STATE_FAULT value */
            DOOR_STATE_FAULT = 4
        }

        /**
         * Properties of a Compartment.
         * @deprecated Use edge.v1.Compartment.$Properties instead.
         */
        interface ICompartment extends edge.v1.Compartment.$Properties {
        }

        /** Represents a Compartment. */
        class Compartment {

            /**
             * Constructs a new Compartment.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Compartment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Compartment number. */
            number: number;

            /** Compartment door. */
            door: edge.v1.DoorState;

            /** Compartment occupied. */
            occupied: boolean;

            /** Compartment documentRef. */
            documentRef: string;

            /** Compartment depositedMs. */
            depositedMs: number;

            /** Compartment overdue. */
            overdue: boolean;

            /**
             * Creates a new Compartment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Compartment instance
             */
            static create(properties: edge.v1.Compartment.$Shape): edge.v1.Compartment & edge.v1.Compartment.$Shape;
            static create(properties?: edge.v1.Compartment.$Properties): edge.v1.Compartment;

            /**
             * Encodes the specified Compartment message. Does not implicitly {@link edge.v1.Compartment.verify|verify} messages.
             * @param m Compartment message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Compartment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Compartment message, length delimited. Does not implicitly {@link edge.v1.Compartment.verify|verify} messages.
             * @param message Compartment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Compartment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Compartment message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Compartment & edge.v1.Compartment.$Shape} Compartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Compartment & edge.v1.Compartment.$Shape;

            /**
             * Decodes a Compartment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Compartment & edge.v1.Compartment.$Shape} Compartment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Compartment & edge.v1.Compartment.$Shape;

            /**
             * Verifies a Compartment message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Compartment message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Compartment
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Compartment;

            /**
             * Creates a plain object from a Compartment message. Also converts values to other types if specified.
             * @param m Compartment
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Compartment, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Compartment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Compartment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Compartment {

            /** Properties of a Compartment. */
            interface $Properties {

                /** Compartment number */
                number?: (number|null);

                /** Compartment door */
                door?: (edge.v1.DoorState|null);

                /** Compartment occupied */
                occupied?: (boolean|null);

                /** Compartment documentRef */
                documentRef?: (string|null);

                /** Compartment depositedMs */
                depositedMs?: (number|null);

                /** Compartment overdue */
                overdue?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Compartment. */
            type $Shape = edge.v1.Compartment.$Properties;
        }

        /**
         * Properties of a Metric.
         * @deprecated Use edge.v1.Metric.$Properties instead.
         */
        interface IMetric extends edge.v1.Metric.$Properties {
        }

        /** Represents a Metric. */
        class Metric {

            /**
             * Constructs a new Metric.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Metric.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Metric name. */
            name: string;

            /** Metric value. */
            value: number;

            /** Metric unit. */
            unit: string;

            /**
             * Creates a new Metric instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Metric instance
             */
            static create(properties: edge.v1.Metric.$Shape): edge.v1.Metric & edge.v1.Metric.$Shape;
            static create(properties?: edge.v1.Metric.$Properties): edge.v1.Metric;

            /**
             * Encodes the specified Metric message. Does not implicitly {@link edge.v1.Metric.verify|verify} messages.
             * @param m Metric message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Metric.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Metric message, length delimited. Does not implicitly {@link edge.v1.Metric.verify|verify} messages.
             * @param message Metric message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Metric message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Metric & edge.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Metric & edge.v1.Metric.$Shape;

            /**
             * Decodes a Metric message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Metric & edge.v1.Metric.$Shape} Metric
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Metric & edge.v1.Metric.$Shape;

            /**
             * Verifies a Metric message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Metric message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Metric
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Metric;

            /**
             * Creates a plain object from a Metric message. Also converts values to other types if specified.
             * @param m Metric
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Metric, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Metric to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Metric
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Metric {

            /** Properties of a Metric. */
            interface $Properties {

                /** Metric name */
                name?: (string|null);

                /** Metric value */
                value?: (number|null);

                /** Metric unit */
                unit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Metric. */
            type $Shape = edge.v1.Metric.$Properties;
        }

        /**
         * Properties of a Telemetry.
         * @deprecated Use edge.v1.Telemetry.$Properties instead.
         */
        interface ITelemetry extends edge.v1.Telemetry.$Properties {
        }

        /** Represents a Telemetry. */
        class Telemetry {

            /**
             * Constructs a new Telemetry.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Telemetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Telemetry components. */
            components: edge.v1.ComponentStatus.$Properties[];

            /** Telemetry stock. */
            stock: edge.v1.SlotStock.$Properties[];

            /** Telemetry compartments. */
            compartments: edge.v1.Compartment.$Properties[];

            /** Telemetry metrics. */
            metrics: edge.v1.Metric.$Properties[];

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Telemetry instance
             */
            static create(properties: edge.v1.Telemetry.$Shape): edge.v1.Telemetry & edge.v1.Telemetry.$Shape;
            static create(properties?: edge.v1.Telemetry.$Properties): edge.v1.Telemetry;

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link edge.v1.Telemetry.verify|verify} messages.
             * @param m Telemetry message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Telemetry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link edge.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Telemetry & edge.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Telemetry & edge.v1.Telemetry.$Shape;

            /**
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Telemetry & edge.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Telemetry & edge.v1.Telemetry.$Shape;

            /**
             * Verifies a Telemetry message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Telemetry
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Telemetry;

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @param m Telemetry
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Telemetry, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Telemetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Telemetry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Telemetry {

            /** Properties of a Telemetry. */
            interface $Properties {

                /** Telemetry components */
                components?: (edge.v1.ComponentStatus.$Properties[]|null);

                /** Telemetry stock */
                stock?: (edge.v1.SlotStock.$Properties[]|null);

                /** Telemetry compartments */
                compartments?: (edge.v1.Compartment.$Properties[]|null);

                /** Telemetry metrics */
                metrics?: (edge.v1.Metric.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Telemetry. */
            type $Shape = edge.v1.Telemetry.$Properties;
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** SEVERITY_INFO value */
            SEVERITY_INFO = 1,

            /** SEVERITY_WARNING value */
            SEVERITY_WARNING = 2,

            /** SEVERITY_ALARM value */
            SEVERITY_ALARM = 3,

            /** SEVERITY_CRITICAL value */
            SEVERITY_CRITICAL = 4
        }

        /**
         * Properties of an Event.
         * @deprecated Use edge.v1.Event.$Properties instead.
         */
        interface IEvent extends edge.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event code. */
            code: string;

            /** Event severity. */
            severity: edge.v1.Severity;

            /** Event message. */
            message: string;

            /** Event component. */
            component: string;

            /** Event active. */
            active: boolean;

            /** Event compartment. */
            compartment: number;

            /** Event slot. */
            slot: number;

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: edge.v1.Event.$Shape): edge.v1.Event & edge.v1.Event.$Shape;
            static create(properties?: edge.v1.Event.$Properties): edge.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link edge.v1.Event.verify|verify} messages.
             * @param m Event message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link edge.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Event & edge.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Event & edge.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Event & edge.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Event & edge.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Event
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param m Event
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event code */
                code?: (string|null);

                /** Event severity */
                severity?: (edge.v1.Severity|null);

                /** Event message */
                message?: (string|null);

                /** Event component */
                component?: (string|null);

                /** Event active */
                active?: (boolean|null);

                /** Event compartment */
                compartment?: (number|null);

                /** Event slot */
                slot?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = edge.v1.Event.$Properties;
        }

        /** ServiceMode enum. */
        enum ServiceMode {

            /** SERVICE_MODE_UNSPECIFIED value */
            SERVICE_MODE_UNSPECIFIED = 0,

            /** SERVICE_MODE_IN_SERVICE value */
            SERVICE_MODE_IN_SERVICE = 1,

            /** SERVICE_MODE_OUT_OF_SERVICE value */
            SERVICE_MODE_OUT_OF_SERVICE = 2,

            /** SERVICE_MODE_MAINTENANCE value */
            SERVICE_MODE_MAINTENANCE = 3
        }

        /**
         * Properties of a DeviceState.
         * @deprecated Use edge.v1.DeviceState.$Properties instead.
         */
        interface IDeviceState extends edge.v1.DeviceState.$Properties {
        }

        /** Represents a DeviceState. */
        class DeviceState {

            /**
             * Constructs a new DeviceState.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.DeviceState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceState online. */
            online: boolean;

            /** DeviceState mode. */
            mode: edge.v1.ServiceMode;

            /** DeviceState firmware. */
            firmware: string;

            /** DeviceState model. */
            model: string;

            /** DeviceState vendor. */
            vendor: string;

            /** DeviceState compartments. */
            compartments: edge.v1.Compartment.$Properties[];

            /** DeviceState detail. */
            detail: string;

            /**
             * Creates a new DeviceState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceState instance
             */
            static create(properties: edge.v1.DeviceState.$Shape): edge.v1.DeviceState & edge.v1.DeviceState.$Shape;
            static create(properties?: edge.v1.DeviceState.$Properties): edge.v1.DeviceState;

            /**
             * Encodes the specified DeviceState message. Does not implicitly {@link edge.v1.DeviceState.verify|verify} messages.
             * @param m DeviceState message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.DeviceState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceState message, length delimited. Does not implicitly {@link edge.v1.DeviceState.verify|verify} messages.
             * @param message DeviceState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.DeviceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceState message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.DeviceState & edge.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.DeviceState & edge.v1.DeviceState.$Shape;

            /**
             * Decodes a DeviceState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceState & edge.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.DeviceState & edge.v1.DeviceState.$Shape;

            /**
             * Verifies a DeviceState message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceState message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceState
             */
            static fromObject(d: { [k: string]: any }): edge.v1.DeviceState;

            /**
             * Creates a plain object from a DeviceState message. Also converts values to other types if specified.
             * @param m DeviceState
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.DeviceState, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceState {

            /** Properties of a DeviceState. */
            interface $Properties {

                /** DeviceState online */
                online?: (boolean|null);

                /** DeviceState mode */
                mode?: (edge.v1.ServiceMode|null);

                /** DeviceState firmware */
                firmware?: (string|null);

                /** DeviceState model */
                model?: (string|null);

                /** DeviceState vendor */
                vendor?: (string|null);

                /** DeviceState compartments */
                compartments?: (edge.v1.Compartment.$Properties[]|null);

                /** DeviceState detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceState. */
            type $Shape = edge.v1.DeviceState.$Properties;
        }

        /**
         * Properties of a DeviceMessage.
         * @deprecated Use edge.v1.DeviceMessage.$Properties instead.
         */
        interface IDeviceMessage extends edge.v1.DeviceMessage.$Properties {
        }

        /** Represents a DeviceMessage. */
        class DeviceMessage {

            /**
             * Constructs a new DeviceMessage.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.DeviceMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceMessage txId. */
            txId: string;

            /** DeviceMessage timeMs. */
            timeMs: number;

            /** DeviceMessage transaction. */
            transaction?: (edge.v1.Transaction.$Properties|null);

            /** DeviceMessage telemetry. */
            telemetry?: (edge.v1.Telemetry.$Properties|null);

            /** DeviceMessage event. */
            event?: (edge.v1.Event.$Properties|null);

            /** DeviceMessage state. */
            state?: (edge.v1.DeviceState.$Properties|null);

            /** DeviceMessage body. */
            body?: ("transaction"|"telemetry"|"event"|"state");

            /**
             * Creates a new DeviceMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceMessage instance
             */
            static create(properties: edge.v1.DeviceMessage.$Shape): edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape;
            static create(properties?: edge.v1.DeviceMessage.$Properties): edge.v1.DeviceMessage;

            /**
             * Encodes the specified DeviceMessage message. Does not implicitly {@link edge.v1.DeviceMessage.verify|verify} messages.
             * @param m DeviceMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.DeviceMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceMessage message, length delimited. Does not implicitly {@link edge.v1.DeviceMessage.verify|verify} messages.
             * @param message DeviceMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.DeviceMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape} DeviceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape;

            /**
             * Decodes a DeviceMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape} DeviceMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.DeviceMessage & edge.v1.DeviceMessage.$Shape;

            /**
             * Verifies a DeviceMessage message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceMessage
             */
            static fromObject(d: { [k: string]: any }): edge.v1.DeviceMessage;

            /**
             * Creates a plain object from a DeviceMessage message. Also converts values to other types if specified.
             * @param m DeviceMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.DeviceMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceMessage {

            /** Properties of a DeviceMessage. */
            interface $Properties {

                /** DeviceMessage txId */
                txId?: (string|null);

                /** DeviceMessage timeMs */
                timeMs?: (number|null);

                /** DeviceMessage transaction */
                transaction?: (edge.v1.Transaction.$Properties|null);

                /** DeviceMessage telemetry */
                telemetry?: (edge.v1.Telemetry.$Properties|null);

                /** DeviceMessage event */
                event?: (edge.v1.Event.$Properties|null);

                /** DeviceMessage state */
                state?: (edge.v1.DeviceState.$Properties|null);

                /** DeviceMessage body */
                body?: ("transaction"|"telemetry"|"event"|"state");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DeviceMessage. */
            type $Shape = {
              txId?: string|null;
              timeMs?: number|null;
              transaction?: edge.v1.Transaction.$Shape|null;
              telemetry?: edge.v1.Telemetry.$Shape|null;
              event?: edge.v1.Event.$Shape|null;
              state?: edge.v1.DeviceState.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; transaction?: null; telemetry?: null; event?: null; state?: null }|{ body?: "transaction"; transaction: edge.v1.Transaction.$Shape; telemetry?: null; event?: null; state?: null }|{ body?: "telemetry"; transaction?: null; telemetry: edge.v1.Telemetry.$Shape; event?: null; state?: null }|{ body?: "event"; transaction?: null; telemetry?: null; event: edge.v1.Event.$Shape; state?: null }|{ body?: "state"; transaction?: null; telemetry?: null; event?: null; state: edge.v1.DeviceState.$Shape })
            );
        }

        /** DeviceKind enum. */
        enum DeviceKind {

            /** DEVICE_KIND_UNSPECIFIED value */
            DEVICE_KIND_UNSPECIFIED = 0,

            /** DEVICE_KIND_TELLER value */
            DEVICE_KIND_TELLER = 1,

            /** DEVICE_KIND_VENDING value */
            DEVICE_KIND_VENDING = 2,

            /** DEVICE_KIND_LOCKER value */
            DEVICE_KIND_LOCKER = 3
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use edge.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends edge.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope messageId. */
            messageId: string;

            /** Envelope siteId. */
            siteId: string;

            /** Envelope deviceId. */
            deviceId: string;

            /** Envelope deviceKind. */
            deviceKind: edge.v1.DeviceKind;

            /** Envelope sequence. */
            sequence: number;

            /** Envelope deviceTimeMs. */
            deviceTimeMs: number;

            /** Envelope receivedTimeMs. */
            receivedTimeMs: number;

            /** Envelope replayed. */
            replayed: boolean;

            /** Envelope deviceTxId. */
            deviceTxId: string;

            /** Envelope transaction. */
            transaction?: (edge.v1.Transaction.$Properties|null);

            /** Envelope telemetry. */
            telemetry?: (edge.v1.Telemetry.$Properties|null);

            /** Envelope event. */
            event?: (edge.v1.Event.$Properties|null);

            /** Envelope state. */
            state?: (edge.v1.DeviceState.$Properties|null);

            /** Envelope commandResult. */
            commandResult?: (edge.v1.CommandResult.$Properties|null);

            /** Envelope body. */
            body?: ("transaction"|"telemetry"|"event"|"state"|"commandResult");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: edge.v1.Envelope.$Shape): edge.v1.Envelope & edge.v1.Envelope.$Shape;
            static create(properties?: edge.v1.Envelope.$Properties): edge.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link edge.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link edge.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Envelope & edge.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Envelope & edge.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Envelope & edge.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Envelope & edge.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope messageId */
                messageId?: (string|null);

                /** Envelope siteId */
                siteId?: (string|null);

                /** Envelope deviceId */
                deviceId?: (string|null);

                /** Envelope deviceKind */
                deviceKind?: (edge.v1.DeviceKind|null);

                /** Envelope sequence */
                sequence?: (number|null);

                /** Envelope deviceTimeMs */
                deviceTimeMs?: (number|null);

                /** Envelope receivedTimeMs */
                receivedTimeMs?: (number|null);

                /** Envelope replayed */
                replayed?: (boolean|null);

                /** Envelope deviceTxId */
                deviceTxId?: (string|null);

                /** Envelope transaction */
                transaction?: (edge.v1.Transaction.$Properties|null);

                /** Envelope telemetry */
                telemetry?: (edge.v1.Telemetry.$Properties|null);

                /** Envelope event */
                event?: (edge.v1.Event.$Properties|null);

                /** Envelope state */
                state?: (edge.v1.DeviceState.$Properties|null);

                /** Envelope commandResult */
                commandResult?: (edge.v1.CommandResult.$Properties|null);

                /** Envelope body */
                body?: ("transaction"|"telemetry"|"event"|"state"|"commandResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              messageId?: string|null;
              siteId?: string|null;
              deviceId?: string|null;
              deviceKind?: edge.v1.DeviceKind|null;
              sequence?: number|null;
              deviceTimeMs?: number|null;
              receivedTimeMs?: number|null;
              replayed?: boolean|null;
              deviceTxId?: string|null;
              transaction?: edge.v1.Transaction.$Shape|null;
              telemetry?: edge.v1.Telemetry.$Shape|null;
              event?: edge.v1.Event.$Shape|null;
              state?: edge.v1.DeviceState.$Shape|null;
              commandResult?: edge.v1.CommandResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; transaction?: null; telemetry?: null; event?: null; state?: null; commandResult?: null }|{ body?: "transaction"; transaction: edge.v1.Transaction.$Shape; telemetry?: null; event?: null; state?: null; commandResult?: null }|{ body?: "telemetry"; transaction?: null; telemetry: edge.v1.Telemetry.$Shape; event?: null; state?: null; commandResult?: null }|{ body?: "event"; transaction?: null; telemetry?: null; event: edge.v1.Event.$Shape; state?: null; commandResult?: null }|{ body?: "state"; transaction?: null; telemetry?: null; event?: null; state: edge.v1.DeviceState.$Shape; commandResult?: null }|{ body?: "commandResult"; transaction?: null; telemetry?: null; event?: null; state?: null; commandResult: edge.v1.CommandResult.$Shape })
            );
        }

        /**
         * Properties of a SiteStatus.
         * @deprecated Use edge.v1.SiteStatus.$Properties instead.
         */
        interface ISiteStatus extends edge.v1.SiteStatus.$Properties {
        }

        /** Represents a SiteStatus. */
        class SiteStatus {

            /**
             * Constructs a new SiteStatus.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SiteStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SiteStatus siteId. */
            siteId: string;

            /** SiteStatus siteName. */
            siteName: string;

            /** SiteStatus online. */
            online: boolean;

            /** SiteStatus gatewayVersion. */
            gatewayVersion: string;

            /** SiteStatus timeMs. */
            timeMs: number;

            /** SiteStatus startedMs. */
            startedMs: number;

            /** SiteStatus deviceIds. */
            deviceIds: string[];

            /** SiteStatus lastSequence. */
            lastSequence: number;

            /** SiteStatus healthTopic. */
            healthTopic: string;

            /**
             * Creates a new SiteStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SiteStatus instance
             */
            static create(properties: edge.v1.SiteStatus.$Shape): edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape;
            static create(properties?: edge.v1.SiteStatus.$Properties): edge.v1.SiteStatus;

            /**
             * Encodes the specified SiteStatus message. Does not implicitly {@link edge.v1.SiteStatus.verify|verify} messages.
             * @param m SiteStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SiteStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SiteStatus message, length delimited. Does not implicitly {@link edge.v1.SiteStatus.verify|verify} messages.
             * @param message SiteStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SiteStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SiteStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape} SiteStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape;

            /**
             * Decodes a SiteStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape} SiteStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SiteStatus & edge.v1.SiteStatus.$Shape;

            /**
             * Verifies a SiteStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SiteStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SiteStatus
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SiteStatus;

            /**
             * Creates a plain object from a SiteStatus message. Also converts values to other types if specified.
             * @param m SiteStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SiteStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SiteStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SiteStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SiteStatus {

            /** Properties of a SiteStatus. */
            interface $Properties {

                /** SiteStatus siteId */
                siteId?: (string|null);

                /** SiteStatus siteName */
                siteName?: (string|null);

                /** SiteStatus online */
                online?: (boolean|null);

                /** SiteStatus gatewayVersion */
                gatewayVersion?: (string|null);

                /** SiteStatus timeMs */
                timeMs?: (number|null);

                /** SiteStatus startedMs */
                startedMs?: (number|null);

                /** SiteStatus deviceIds */
                deviceIds?: (string[]|null);

                /** SiteStatus lastSequence */
                lastSequence?: (number|null);

                /** SiteStatus healthTopic */
                healthTopic?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SiteStatus. */
            type $Shape = edge.v1.SiteStatus.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use edge.v1.Ack.$Properties instead.
         */
        interface IAck extends edge.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack siteId. */
            siteId: string;

            /** Ack ranges. */
            ranges: edge.v1.SequenceRange.$Properties[];

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: edge.v1.Ack.$Shape): edge.v1.Ack & edge.v1.Ack.$Shape;
            static create(properties?: edge.v1.Ack.$Properties): edge.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link edge.v1.Ack.verify|verify} messages.
             * @param m Ack message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link edge.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.Ack & edge.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.Ack & edge.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.Ack & edge.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.Ack & edge.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Ack
             */
            static fromObject(d: { [k: string]: any }): edge.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param m Ack
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack siteId */
                siteId?: (string|null);

                /** Ack ranges */
                ranges?: (edge.v1.SequenceRange.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = edge.v1.Ack.$Properties;
        }

        /**
         * Properties of a SequenceRange.
         * @deprecated Use edge.v1.SequenceRange.$Properties instead.
         */
        interface ISequenceRange extends edge.v1.SequenceRange.$Properties {
        }

        /** Represents a SequenceRange. */
        class SequenceRange {

            /**
             * Constructs a new SequenceRange.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SequenceRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SequenceRange first. */
            first: number;

            /** SequenceRange last. */
            last: number;

            /**
             * Creates a new SequenceRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SequenceRange instance
             */
            static create(properties: edge.v1.SequenceRange.$Shape): edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape;
            static create(properties?: edge.v1.SequenceRange.$Properties): edge.v1.SequenceRange;

            /**
             * Encodes the specified SequenceRange message. Does not implicitly {@link edge.v1.SequenceRange.verify|verify} messages.
             * @param m SequenceRange message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SequenceRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SequenceRange message, length delimited. Does not implicitly {@link edge.v1.SequenceRange.verify|verify} messages.
             * @param message SequenceRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SequenceRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SequenceRange message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape} SequenceRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape;

            /**
             * Decodes a SequenceRange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape} SequenceRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SequenceRange & edge.v1.SequenceRange.$Shape;

            /**
             * Verifies a SequenceRange message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SequenceRange message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SequenceRange
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SequenceRange;

            /**
             * Creates a plain object from a SequenceRange message. Also converts values to other types if specified.
             * @param m SequenceRange
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SequenceRange, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SequenceRange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SequenceRange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SequenceRange {

            /** Properties of a SequenceRange. */
            interface $Properties {

                /** SequenceRange first */
                first?: (number|null);

                /** SequenceRange last */
                last?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SequenceRange. */
            type $Shape = edge.v1.SequenceRange.$Properties;
        }

        /**
         * Properties of a GatewayHealth.
         * @deprecated Use edge.v1.GatewayHealth.$Properties instead.
         */
        interface IGatewayHealth extends edge.v1.GatewayHealth.$Properties {
        }

        /** Represents a GatewayHealth. */
        class GatewayHealth {

            /**
             * Constructs a new GatewayHealth.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.GatewayHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GatewayHealth siteId. */
            siteId: string;

            /** GatewayHealth timeMs. */
            timeMs: number;

            /** GatewayHealth gatewayVersion. */
            gatewayVersion: string;

            /** GatewayHealth configVersion. */
            configVersion: string;

            /** GatewayHealth configHash. */
            configHash: string;

            /** GatewayHealth uptimeS. */
            uptimeS: number;

            /** GatewayHealth startedMs. */
            startedMs: number;

            /** GatewayHealth uplink. */
            uplink?: (edge.v1.UplinkHealth.$Properties|null);

            /** GatewayHealth spool. */
            spool?: (edge.v1.SpoolHealth.$Properties|null);

            /** GatewayHealth machines. */
            machines: edge.v1.MachineHealth.$Properties[];

            /** GatewayHealth clock. */
            clock?: (edge.v1.ClockEstimate.$Properties|null);

            /** GatewayHealth sequence. */
            sequence: number;

            /** GatewayHealth reason. */
            reason: string;

            /** GatewayHealth commandsFailed. */
            commandsFailed: number;

            /**
             * Creates a new GatewayHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GatewayHealth instance
             */
            static create(properties: edge.v1.GatewayHealth.$Shape): edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape;
            static create(properties?: edge.v1.GatewayHealth.$Properties): edge.v1.GatewayHealth;

            /**
             * Encodes the specified GatewayHealth message. Does not implicitly {@link edge.v1.GatewayHealth.verify|verify} messages.
             * @param m GatewayHealth message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.GatewayHealth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GatewayHealth message, length delimited. Does not implicitly {@link edge.v1.GatewayHealth.verify|verify} messages.
             * @param message GatewayHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.GatewayHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GatewayHealth message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape} GatewayHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape;

            /**
             * Decodes a GatewayHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape} GatewayHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.GatewayHealth & edge.v1.GatewayHealth.$Shape;

            /**
             * Verifies a GatewayHealth message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a GatewayHealth message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns GatewayHealth
             */
            static fromObject(d: { [k: string]: any }): edge.v1.GatewayHealth;

            /**
             * Creates a plain object from a GatewayHealth message. Also converts values to other types if specified.
             * @param m GatewayHealth
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.GatewayHealth, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GatewayHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GatewayHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayHealth {

            /** Properties of a GatewayHealth. */
            interface $Properties {

                /** GatewayHealth siteId */
                siteId?: (string|null);

                /** GatewayHealth timeMs */
                timeMs?: (number|null);

                /** GatewayHealth gatewayVersion */
                gatewayVersion?: (string|null);

                /** GatewayHealth configVersion */
                configVersion?: (string|null);

                /** GatewayHealth configHash */
                configHash?: (string|null);

                /** GatewayHealth uptimeS */
                uptimeS?: (number|null);

                /** GatewayHealth startedMs */
                startedMs?: (number|null);

                /** GatewayHealth uplink */
                uplink?: (edge.v1.UplinkHealth.$Properties|null);

                /** GatewayHealth spool */
                spool?: (edge.v1.SpoolHealth.$Properties|null);

                /** GatewayHealth machines */
                machines?: (edge.v1.MachineHealth.$Properties[]|null);

                /** GatewayHealth clock */
                clock?: (edge.v1.ClockEstimate.$Properties|null);

                /** GatewayHealth sequence */
                sequence?: (number|null);

                /** GatewayHealth reason */
                reason?: (string|null);

                /** GatewayHealth commandsFailed */
                commandsFailed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GatewayHealth. */
            type $Shape = edge.v1.GatewayHealth.$Properties;
        }

        /**
         * Properties of an UplinkHealth.
         * @deprecated Use edge.v1.UplinkHealth.$Properties instead.
         */
        interface IUplinkHealth extends edge.v1.UplinkHealth.$Properties {
        }

        /** Represents an UplinkHealth. */
        class UplinkHealth {

            /**
             * Constructs a new UplinkHealth.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.UplinkHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UplinkHealth connected. */
            connected: boolean;

            /** UplinkHealth sinceMs. */
            sinceMs: number;

            /** UplinkHealth reconnects. */
            reconnects: number;

            /** UplinkHealth lastConfirmMs. */
            lastConfirmMs: number;

            /** UplinkHealth lastErrorCode. */
            lastErrorCode: string;

            /**
             * Creates a new UplinkHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UplinkHealth instance
             */
            static create(properties: edge.v1.UplinkHealth.$Shape): edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape;
            static create(properties?: edge.v1.UplinkHealth.$Properties): edge.v1.UplinkHealth;

            /**
             * Encodes the specified UplinkHealth message. Does not implicitly {@link edge.v1.UplinkHealth.verify|verify} messages.
             * @param m UplinkHealth message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.UplinkHealth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UplinkHealth message, length delimited. Does not implicitly {@link edge.v1.UplinkHealth.verify|verify} messages.
             * @param message UplinkHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.UplinkHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UplinkHealth message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape} UplinkHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape;

            /**
             * Decodes an UplinkHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape} UplinkHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.UplinkHealth & edge.v1.UplinkHealth.$Shape;

            /**
             * Verifies an UplinkHealth message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an UplinkHealth message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UplinkHealth
             */
            static fromObject(d: { [k: string]: any }): edge.v1.UplinkHealth;

            /**
             * Creates a plain object from an UplinkHealth message. Also converts values to other types if specified.
             * @param m UplinkHealth
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.UplinkHealth, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UplinkHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UplinkHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UplinkHealth {

            /** Properties of an UplinkHealth. */
            interface $Properties {

                /** UplinkHealth connected */
                connected?: (boolean|null);

                /** UplinkHealth sinceMs */
                sinceMs?: (number|null);

                /** UplinkHealth reconnects */
                reconnects?: (number|null);

                /** UplinkHealth lastConfirmMs */
                lastConfirmMs?: (number|null);

                /** UplinkHealth lastErrorCode */
                lastErrorCode?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UplinkHealth. */
            type $Shape = edge.v1.UplinkHealth.$Properties;
        }

        /**
         * Properties of a SpoolClassHealth.
         * @deprecated Use edge.v1.SpoolClassHealth.$Properties instead.
         */
        interface ISpoolClassHealth extends edge.v1.SpoolClassHealth.$Properties {
        }

        /** Represents a SpoolClassHealth. */
        class SpoolClassHealth {

            /**
             * Constructs a new SpoolClassHealth.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SpoolClassHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SpoolClassHealth spoolClass. */
            spoolClass: string;

            /** SpoolClassHealth depth. */
            depth: number;

            /** SpoolClassHealth bytes. */
            bytes: number;

            /** SpoolClassHealth oldestUnsentAgeMs. */
            oldestUnsentAgeMs: number;

            /** SpoolClassHealth inflight. */
            inflight: number;

            /**
             * Creates a new SpoolClassHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpoolClassHealth instance
             */
            static create(properties: edge.v1.SpoolClassHealth.$Shape): edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape;
            static create(properties?: edge.v1.SpoolClassHealth.$Properties): edge.v1.SpoolClassHealth;

            /**
             * Encodes the specified SpoolClassHealth message. Does not implicitly {@link edge.v1.SpoolClassHealth.verify|verify} messages.
             * @param m SpoolClassHealth message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SpoolClassHealth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SpoolClassHealth message, length delimited. Does not implicitly {@link edge.v1.SpoolClassHealth.verify|verify} messages.
             * @param message SpoolClassHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SpoolClassHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpoolClassHealth message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape} SpoolClassHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape;

            /**
             * Decodes a SpoolClassHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape} SpoolClassHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SpoolClassHealth & edge.v1.SpoolClassHealth.$Shape;

            /**
             * Verifies a SpoolClassHealth message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SpoolClassHealth message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SpoolClassHealth
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SpoolClassHealth;

            /**
             * Creates a plain object from a SpoolClassHealth message. Also converts values to other types if specified.
             * @param m SpoolClassHealth
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SpoolClassHealth, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SpoolClassHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SpoolClassHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpoolClassHealth {

            /** Properties of a SpoolClassHealth. */
            interface $Properties {

                /** SpoolClassHealth spoolClass */
                spoolClass?: (string|null);

                /** SpoolClassHealth depth */
                depth?: (number|null);

                /** SpoolClassHealth bytes */
                bytes?: (number|null);

                /** SpoolClassHealth oldestUnsentAgeMs */
                oldestUnsentAgeMs?: (number|null);

                /** SpoolClassHealth inflight */
                inflight?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SpoolClassHealth. */
            type $Shape = edge.v1.SpoolClassHealth.$Properties;
        }

        /**
         * Properties of a SpoolHealth.
         * @deprecated Use edge.v1.SpoolHealth.$Properties instead.
         */
        interface ISpoolHealth extends edge.v1.SpoolHealth.$Properties {
        }

        /** Represents a SpoolHealth. */
        class SpoolHealth {

            /**
             * Constructs a new SpoolHealth.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.SpoolHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SpoolHealth classes. */
            classes: edge.v1.SpoolClassHealth.$Properties[];

            /** SpoolHealth usedBytes. */
            usedBytes: number;

            /** SpoolHealth quotaBytes. */
            quotaBytes: number;

            /** SpoolHealth freeBytes. */
            freeBytes: number;

            /** SpoolHealth outageHoursLeft. */
            outageHoursLeft: number;

            /** SpoolHealth outageHoursKnown. */
            outageHoursKnown: boolean;

            /** SpoolHealth full. */
            full: boolean;

            /** SpoolHealth corruptions. */
            corruptions: number;

            /** SpoolHealth dropsTtl. */
            dropsTtl: number;

            /** SpoolHealth dropsQuota. */
            dropsQuota: number;

            /** SpoolHealth dropsSuperseded. */
            dropsSuperseded: number;

            /** SpoolHealth lastSequence. */
            lastSequence: number;

            /** SpoolHealth appendPerS. */
            appendPerS: number;

            /** SpoolHealth drainPerS. */
            drainPerS: number;

            /**
             * Creates a new SpoolHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SpoolHealth instance
             */
            static create(properties: edge.v1.SpoolHealth.$Shape): edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape;
            static create(properties?: edge.v1.SpoolHealth.$Properties): edge.v1.SpoolHealth;

            /**
             * Encodes the specified SpoolHealth message. Does not implicitly {@link edge.v1.SpoolHealth.verify|verify} messages.
             * @param m SpoolHealth message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.SpoolHealth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SpoolHealth message, length delimited. Does not implicitly {@link edge.v1.SpoolHealth.verify|verify} messages.
             * @param message SpoolHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.SpoolHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SpoolHealth message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape} SpoolHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape;

            /**
             * Decodes a SpoolHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape} SpoolHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.SpoolHealth & edge.v1.SpoolHealth.$Shape;

            /**
             * Verifies a SpoolHealth message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SpoolHealth message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SpoolHealth
             */
            static fromObject(d: { [k: string]: any }): edge.v1.SpoolHealth;

            /**
             * Creates a plain object from a SpoolHealth message. Also converts values to other types if specified.
             * @param m SpoolHealth
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.SpoolHealth, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SpoolHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SpoolHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpoolHealth {

            /** Properties of a SpoolHealth. */
            interface $Properties {

                /** SpoolHealth classes */
                classes?: (edge.v1.SpoolClassHealth.$Properties[]|null);

                /** SpoolHealth usedBytes */
                usedBytes?: (number|null);

                /** SpoolHealth quotaBytes */
                quotaBytes?: (number|null);

                /** SpoolHealth freeBytes */
                freeBytes?: (number|null);

                /** SpoolHealth outageHoursLeft */
                outageHoursLeft?: (number|null);

                /** SpoolHealth outageHoursKnown */
                outageHoursKnown?: (boolean|null);

                /** SpoolHealth full */
                full?: (boolean|null);

                /** SpoolHealth corruptions */
                corruptions?: (number|null);

                /** SpoolHealth dropsTtl */
                dropsTtl?: (number|null);

                /** SpoolHealth dropsQuota */
                dropsQuota?: (number|null);

                /** SpoolHealth dropsSuperseded */
                dropsSuperseded?: (number|null);

                /** SpoolHealth lastSequence */
                lastSequence?: (number|null);

                /** SpoolHealth appendPerS */
                appendPerS?: (number|null);

                /** SpoolHealth drainPerS */
                drainPerS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SpoolHealth. */
            type $Shape = edge.v1.SpoolHealth.$Properties;
        }

        /**
         * Properties of a DeviceClock.
         * @deprecated Use edge.v1.DeviceClock.$Properties instead.
         */
        interface IDeviceClock extends edge.v1.DeviceClock.$Properties {
        }

        /** Represents a DeviceClock. */
        class DeviceClock {

            /**
             * Constructs a new DeviceClock.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.DeviceClock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceClock offsetMs. */
            offsetMs: number;

            /** DeviceClock trusted. */
            trusted: boolean;

            /** DeviceClock jumped. */
            jumped: boolean;

            /** DeviceClock skewed. */
            skewed: boolean;

            /** DeviceClock sampleTimeMs. */
            sampleTimeMs: number;

            /** DeviceClock samples. */
            samples: number;

            /** DeviceClock known. */
            known: boolean;

            /**
             * Creates a new DeviceClock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceClock instance
             */
            static create(properties: edge.v1.DeviceClock.$Shape): edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape;
            static create(properties?: edge.v1.DeviceClock.$Properties): edge.v1.DeviceClock;

            /**
             * Encodes the specified DeviceClock message. Does not implicitly {@link edge.v1.DeviceClock.verify|verify} messages.
             * @param m DeviceClock message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.DeviceClock.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceClock message, length delimited. Does not implicitly {@link edge.v1.DeviceClock.verify|verify} messages.
             * @param message DeviceClock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.DeviceClock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceClock message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape} DeviceClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape;

            /**
             * Decodes a DeviceClock message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape} DeviceClock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.DeviceClock & edge.v1.DeviceClock.$Shape;

            /**
             * Verifies a DeviceClock message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceClock message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeviceClock
             */
            static fromObject(d: { [k: string]: any }): edge.v1.DeviceClock;

            /**
             * Creates a plain object from a DeviceClock message. Also converts values to other types if specified.
             * @param m DeviceClock
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.DeviceClock, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceClock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceClock
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceClock {

            /** Properties of a DeviceClock. */
            interface $Properties {

                /** DeviceClock offsetMs */
                offsetMs?: (number|null);

                /** DeviceClock trusted */
                trusted?: (boolean|null);

                /** DeviceClock jumped */
                jumped?: (boolean|null);

                /** DeviceClock skewed */
                skewed?: (boolean|null);

                /** DeviceClock sampleTimeMs */
                sampleTimeMs?: (number|null);

                /** DeviceClock samples */
                samples?: (number|null);

                /** DeviceClock known */
                known?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceClock. */
            type $Shape = edge.v1.DeviceClock.$Properties;
        }

        /**
         * Properties of a MachineHealth.
         * @deprecated Use edge.v1.MachineHealth.$Properties instead.
         */
        interface IMachineHealth extends edge.v1.MachineHealth.$Properties {
        }

        /** Represents a MachineHealth. */
        class MachineHealth {

            /**
             * Constructs a new MachineHealth.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.MachineHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MachineHealth deviceId. */
            deviceId: string;

            /** MachineHealth kind. */
            kind: edge.v1.DeviceKind;

            /** MachineHealth transport. */
            transport: string;

            /** MachineHealth online. */
            online: boolean;

            /** MachineHealth lastSeenMs. */
            lastSeenMs: number;

            /** MachineHealth received. */
            received: number;

            /** MachineHealth rejected. */
            rejected: number;

            /** MachineHealth forwarded. */
            forwarded: number;

            /** MachineHealth lastErrorCode. */
            lastErrorCode: string;

            /** MachineHealth lastErrorMs. */
            lastErrorMs: number;

            /** MachineHealth countsSinceMs. */
            countsSinceMs: number;

            /** MachineHealth clock. */
            clock?: (edge.v1.DeviceClock.$Properties|null);

            /**
             * Creates a new MachineHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MachineHealth instance
             */
            static create(properties: edge.v1.MachineHealth.$Shape): edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape;
            static create(properties?: edge.v1.MachineHealth.$Properties): edge.v1.MachineHealth;

            /**
             * Encodes the specified MachineHealth message. Does not implicitly {@link edge.v1.MachineHealth.verify|verify} messages.
             * @param m MachineHealth message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.MachineHealth.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MachineHealth message, length delimited. Does not implicitly {@link edge.v1.MachineHealth.verify|verify} messages.
             * @param message MachineHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.MachineHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MachineHealth message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape} MachineHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape;

            /**
             * Decodes a MachineHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape} MachineHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.MachineHealth & edge.v1.MachineHealth.$Shape;

            /**
             * Verifies a MachineHealth message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MachineHealth message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MachineHealth
             */
            static fromObject(d: { [k: string]: any }): edge.v1.MachineHealth;

            /**
             * Creates a plain object from a MachineHealth message. Also converts values to other types if specified.
             * @param m MachineHealth
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.MachineHealth, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MachineHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MachineHealth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MachineHealth {

            /** Properties of a MachineHealth. */
            interface $Properties {

                /** MachineHealth deviceId */
                deviceId?: (string|null);

                /** MachineHealth kind */
                kind?: (edge.v1.DeviceKind|null);

                /** MachineHealth transport */
                transport?: (string|null);

                /** MachineHealth online */
                online?: (boolean|null);

                /** MachineHealth lastSeenMs */
                lastSeenMs?: (number|null);

                /** MachineHealth received */
                received?: (number|null);

                /** MachineHealth rejected */
                rejected?: (number|null);

                /** MachineHealth forwarded */
                forwarded?: (number|null);

                /** MachineHealth lastErrorCode */
                lastErrorCode?: (string|null);

                /** MachineHealth lastErrorMs */
                lastErrorMs?: (number|null);

                /** MachineHealth countsSinceMs */
                countsSinceMs?: (number|null);

                /** MachineHealth clock */
                clock?: (edge.v1.DeviceClock.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MachineHealth. */
            type $Shape = edge.v1.MachineHealth.$Properties;
        }

        /**
         * Properties of a ClockEstimate.
         * @deprecated Use edge.v1.ClockEstimate.$Properties instead.
         */
        interface IClockEstimate extends edge.v1.ClockEstimate.$Properties {
        }

        /** Represents a ClockEstimate. */
        class ClockEstimate {

            /**
             * Constructs a new ClockEstimate.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.ClockEstimate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClockEstimate known. */
            known: boolean;

            /** ClockEstimate offsetMs. */
            offsetMs: number;

            /** ClockEstimate uncertaintyMs. */
            uncertaintyMs: number;

            /** ClockEstimate roundTripMs. */
            roundTripMs: number;

            /** ClockEstimate sampleTimeMs. */
            sampleTimeMs: number;

            /** ClockEstimate skewed. */
            skewed: boolean;

            /** ClockEstimate samples. */
            samples: number;

            /** ClockEstimate maxSkewMs. */
            maxSkewMs: number;

            /**
             * Creates a new ClockEstimate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClockEstimate instance
             */
            static create(properties: edge.v1.ClockEstimate.$Shape): edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape;
            static create(properties?: edge.v1.ClockEstimate.$Properties): edge.v1.ClockEstimate;

            /**
             * Encodes the specified ClockEstimate message. Does not implicitly {@link edge.v1.ClockEstimate.verify|verify} messages.
             * @param m ClockEstimate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.ClockEstimate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClockEstimate message, length delimited. Does not implicitly {@link edge.v1.ClockEstimate.verify|verify} messages.
             * @param message ClockEstimate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.ClockEstimate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClockEstimate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape} ClockEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape;

            /**
             * Decodes a ClockEstimate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape} ClockEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.ClockEstimate & edge.v1.ClockEstimate.$Shape;

            /**
             * Verifies a ClockEstimate message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ClockEstimate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClockEstimate
             */
            static fromObject(d: { [k: string]: any }): edge.v1.ClockEstimate;

            /**
             * Creates a plain object from a ClockEstimate message. Also converts values to other types if specified.
             * @param m ClockEstimate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.ClockEstimate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClockEstimate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClockEstimate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockEstimate {

            /** Properties of a ClockEstimate. */
            interface $Properties {

                /** ClockEstimate known */
                known?: (boolean|null);

                /** ClockEstimate offsetMs */
                offsetMs?: (number|null);

                /** ClockEstimate uncertaintyMs */
                uncertaintyMs?: (number|null);

                /** ClockEstimate roundTripMs */
                roundTripMs?: (number|null);

                /** ClockEstimate sampleTimeMs */
                sampleTimeMs?: (number|null);

                /** ClockEstimate skewed */
                skewed?: (boolean|null);

                /** ClockEstimate samples */
                samples?: (number|null);

                /** ClockEstimate maxSkewMs */
                maxSkewMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClockEstimate. */
            type $Shape = edge.v1.ClockEstimate.$Properties;
        }

        /**
         * Properties of a TimeRequest.
         * @deprecated Use edge.v1.TimeRequest.$Properties instead.
         */
        interface ITimeRequest extends edge.v1.TimeRequest.$Properties {
        }

        /** Represents a TimeRequest. */
        class TimeRequest {

            /**
             * Constructs a new TimeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.TimeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeRequest siteId. */
            siteId: string;

            /** TimeRequest requestId. */
            requestId: string;

            /** TimeRequest t0Ms. */
            t0Ms: number;

            /**
             * Creates a new TimeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeRequest instance
             */
            static create(properties: edge.v1.TimeRequest.$Shape): edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape;
            static create(properties?: edge.v1.TimeRequest.$Properties): edge.v1.TimeRequest;

            /**
             * Encodes the specified TimeRequest message. Does not implicitly {@link edge.v1.TimeRequest.verify|verify} messages.
             * @param m TimeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.TimeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimeRequest message, length delimited. Does not implicitly {@link edge.v1.TimeRequest.verify|verify} messages.
             * @param message TimeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.TimeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape;

            /**
             * Decodes a TimeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape} TimeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.TimeRequest & edge.v1.TimeRequest.$Shape;

            /**
             * Verifies a TimeRequest message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TimeRequest
             */
            static fromObject(d: { [k: string]: any }): edge.v1.TimeRequest;

            /**
             * Creates a plain object from a TimeRequest message. Also converts values to other types if specified.
             * @param m TimeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.TimeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeRequest {

            /** Properties of a TimeRequest. */
            interface $Properties {

                /** TimeRequest siteId */
                siteId?: (string|null);

                /** TimeRequest requestId */
                requestId?: (string|null);

                /** TimeRequest t0Ms */
                t0Ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeRequest. */
            type $Shape = edge.v1.TimeRequest.$Properties;
        }

        /**
         * Properties of a TimeResponse.
         * @deprecated Use edge.v1.TimeResponse.$Properties instead.
         */
        interface ITimeResponse extends edge.v1.TimeResponse.$Properties {
        }

        /** Represents a TimeResponse. */
        class TimeResponse {

            /**
             * Constructs a new TimeResponse.
             * @param [p] Properties to set
             */
            constructor(p?: edge.v1.TimeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeResponse siteId. */
            siteId: string;

            /** TimeResponse requestId. */
            requestId: string;

            /** TimeResponse t0Ms. */
            t0Ms: number;

            /** TimeResponse t1Ms. */
            t1Ms: number;

            /** TimeResponse t2Ms. */
            t2Ms: number;

            /**
             * Creates a new TimeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeResponse instance
             */
            static create(properties: edge.v1.TimeResponse.$Shape): edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape;
            static create(properties?: edge.v1.TimeResponse.$Properties): edge.v1.TimeResponse;

            /**
             * Encodes the specified TimeResponse message. Does not implicitly {@link edge.v1.TimeResponse.verify|verify} messages.
             * @param m TimeResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: edge.v1.TimeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimeResponse message, length delimited. Does not implicitly {@link edge.v1.TimeResponse.verify|verify} messages.
             * @param message TimeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: edge.v1.TimeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape} TimeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape;

            /**
             * Decodes a TimeResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape} TimeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): edge.v1.TimeResponse & edge.v1.TimeResponse.$Shape;

            /**
             * Verifies a TimeResponse message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TimeResponse
             */
            static fromObject(d: { [k: string]: any }): edge.v1.TimeResponse;

            /**
             * Creates a plain object from a TimeResponse message. Also converts values to other types if specified.
             * @param m TimeResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: edge.v1.TimeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeResponse {

            /** Properties of a TimeResponse. */
            interface $Properties {

                /** TimeResponse siteId */
                siteId?: (string|null);

                /** TimeResponse requestId */
                requestId?: (string|null);

                /** TimeResponse t0Ms */
                t0Ms?: (number|null);

                /** TimeResponse t1Ms */
                t1Ms?: (number|null);

                /** TimeResponse t2Ms */
                t2Ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeResponse. */
            type $Shape = edge.v1.TimeResponse.$Properties;
        }
    }
}
