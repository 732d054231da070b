using System.CommandLine;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LineFlex.Cli;

/// <summary>What a JSON file holds at its root, as the commands that read JSON tell it.</summary>
internal enum FlexFileKind
{
    /// <summary>An Infobip request (<c>messages</c>).</summary>
    Request,

    /// <summary>One Infobip message (<c>sender</c>, <c>destinations</c>, <c>content</c>).</summary>
    Message,

    /// <summary>A message's content (<c>"type": "LINE_NOTIFICATION"</c>).</summary>
    Content,

    /// <summary>An Infobip bubble (<c>"type": "BUBBLE"</c>).</summary>
    Bubble,

    /// <summary>LINE's own dialect: a flex message, bubble or carousel, as the Flex Message Simulator writes it.</summary>
    Line,
}

/// <summary>
/// A JSON file of any shape the commands read: a request, a message, a content, a bubble, or LINE's dialect. The root
/// is looked at to tell which; the file is then read with the strict reader of that shape, so errors are located the
/// same way whatever the file holds.
/// </summary>
internal sealed class FlexFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private FlexFile(FileInfo file, string text, FlexFileKind kind, object node, LineImport? import)
    {
        File = file;
        Text = text;
        Kind = kind;
        Node = node;
        Import = import;
    }

    public FileInfo File { get; }

    public string Text { get; }

    public FlexFileKind Kind { get; }

    /// <summary>The tree read: a <see cref="LineRequest"/>, <see cref="LineMessage"/>, <see cref="LineNotificationContent"/> or <see cref="FlexBubble"/>.</summary>
    public object Node { get; }

    /// <summary>The import of a file in LINE's dialect; null for Infobip's.</summary>
    public LineImport? Import { get; }

    /// <summary>What the file holds, in words: <c>an Infobip request</c>, <c>a LINE bubble (LINE's dialect)</c>.</summary>
    public string Description => Kind switch
    {
        FlexFileKind.Request => "an Infobip request (the body of POST /line/1/messages)",
        FlexFileKind.Message => "an Infobip message",
        FlexFileKind.Content => "an Infobip message content (LINE_NOTIFICATION)",
        FlexFileKind.Bubble => "an Infobip bubble",
        _ => Import!.Kind switch
        {
            LineDocumentKind.FlexMessage => "a LINE flex message (LINE's dialect, as the Flex Message Simulator writes it)",
            LineDocumentKind.Carousel => "a LINE carousel (LINE's dialect, as the Flex Message Simulator writes it)",
            _ => "a LINE bubble (LINE's dialect, as the Flex Message Simulator writes it)",
        },
    };

    /// <summary>
    /// A one-message request from a content or bubble: <paramref name="sender"/> sends it to <paramref name="to"/>, with the
    /// content's alt text or <paramref name="altText"/>.
    /// </summary>
    /// <exception cref="CommandFailedException">
    /// A sender or recipient is missing, or a bare bubble has no alt text: a usage error, as the command line must say more.
    /// </exception>
    public LineRequest ToRequest(string? sender, string? to, string? altText)
    {
        var (bubble, ownAltText) = Node switch
        {
            LineNotificationContent content => (content.Contents, content.AltText),
            FlexBubble alone => (alone, null),
            _ => throw new CommandFailedException($"{File.Name} is {Description}, which has its own sender and recipients; leave out --sender, --to and --alt-text.", ExitCode.Usage),
        };
        if (sender is null || to is null)
        {
            throw new CommandFailedException($"{File.Name} is {Description}; a request needs --sender and --to (and --alt-text for a bare bubble).", ExitCode.Usage);
        }

        if ((altText ?? ownAltText) is not { } alt)
        {
            throw new CommandFailedException($"{File.Name} is a bare bubble, which has no alt text; a request needs one. Give it with --alt-text \"Your order has shipped\".", ExitCode.Usage);
        }

        var message = Flex.Message().Sender(sender).To(to).AltText(alt);
        return Flex.Request().Message(bubble is null ? message : message.Bubble(bubble)).Build();
    }

    /// <summary>Every finding on the tree, located in the file: the import's differences and the validator's report.</summary>
    public IReadOnlyList<LocatedFinding> Findings() => Import?.Findings ?? LocatedFinding.Locate(Text, Validation().Findings);

    /// <summary>The validator's report on the tree.</summary>
    public FlexValidationReport Validation() => Node switch
    {
        LineRequest request => FlexValidator.Default.Validate(request),
        LineMessage message => FlexValidator.Default.Validate(message),
        LineNotificationContent content => FlexValidator.Default.Validate(content),
        _ => Import?.Validation ?? FlexValidator.Default.Validate((FlexBubble)Node),
    };

    /// <summary>
    /// The <c>file</c> argument of a command that reads one. A word that starts with <c>-</c> and names no file is an option
    /// the command does not have, a usage error, not a missing file; a file whose name starts so is given as <c>./-name</c>.
    /// </summary>
    public static Argument<FileInfo> Argument(string description)
    {
        var file = new Argument<FileInfo>("file") { Description = description };
        file.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', _, ..] word }] && !System.IO.File.Exists(word) && !Directory.Exists(word))
            {
                result.AddError($"Unrecognized option '{word}'. A file whose name starts with '-' is given as ./{word}.");
            }
        });
        return file;
    }

    /// <summary>The file read, or null after printing why it could not be; says on stderr what the file holds.</summary>
    public static FlexFile? Read(FileInfo file, TextWriter error, LineImportOptions? options = null)
    {
        if (Directory.Exists(file.FullName))
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} is a directory. Give the path of a JSON file: a request, a message, a bubble, or LINE's Flex JSON."));
            return null;
        }

        if (!file.Exists)
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} does not exist. Check the path of the JSON file."));
            return null;
        }

        try
        {
            var read = Parse(file, options ?? LineImportOptions.Default);
            error.WriteLine($"lineflex: {file.Name} is {read.Description}.");
            return read;
        }
        catch (FlexJsonException e)
        {
            error.WriteLine(ErrorLine.Bounded($"{file.Name}({e.LineNumber},{e.LinePosition}): error at {(e.Path.Length == 0 ? "$" : e.Path)}: {e.Problem}"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(ErrorLine.Of($"{file.FullName} could not be read: {e.Message} Check that it is a readable file."));
            return null;
        }
    }

    private static FlexFile Parse(FileInfo file, LineImportOptions options)
    {
        var bytes = BoundedFile.Read(file.FullName, FlexLimits.MaxDocumentBytes).Span;
        if (bytes.Length > FlexLimits.MaxDocumentBytes)
        {
            // The strict reader refuses it with its own words on the size.
            return new(file, string.Empty, FlexFileKind.Request, FlexJson.Deserialize<LineRequest>(bytes), null);
        }

        string text;
        try
        {
            // The strict readers take one byte order mark and refuse a second: the text goes to them as it is.
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The strict reader names the byte offset of what is not UTF-8.
            return new(file, string.Empty, FlexFileKind.Request, FlexJson.Deserialize<LineRequest>(bytes), null);
        }

        var kind = Detect(text);
        return kind switch
        {
            FlexFileKind.Message => new(file, text, kind, FlexJson.Deserialize<LineMessage>(text), null),
            FlexFileKind.Content => new(file, text, kind, FlexJson.Deserialize<LineNotificationContent>(text), null),
            FlexFileKind.Bubble => new(file, text, kind, FlexJson.Deserialize<FlexBubble>(text), null),
            FlexFileKind.Line => FromLine(file, text, options),
            _ => new(file, text, kind, FlexJson.Deserialize<LineRequest>(text), null),
        };
    }

    private static FlexFile FromLine(FileInfo file, string text, LineImportOptions options)
    {
        var import = LineDialect.Import(text, options);
        return new(file, text, FlexFileKind.Line, import.AltText is null ? import.Bubble : import.ToContent(), import);
    }

    /// <summary>Tells the shape by the root object's properties; anything else is read as a request, whose reader says what is wrong where.</summary>
    private static FlexFileKind Detect(string text)
    {
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            root = JObject.Load(reader);
        }
        catch (JsonException)
        {
            return FlexFileKind.Request;
        }

        return root["type"] is JValue { Value: string type }
            ? type switch
            {
                "BUBBLE" => FlexFileKind.Bubble,
                "LINE_NOTIFICATION" => FlexFileKind.Content,
                "flex" or "bubble" or "carousel" => FlexFileKind.Line,
                _ => FlexFileKind.Request,
            }
            : root.ContainsKey("messages") ? FlexFileKind.Request
            : root.ContainsKey("sender") || root.ContainsKey("destinations") || root.ContainsKey("content") ? FlexFileKind.Message
            : FlexFileKind.Request;
    }
}
