using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace LineFlex.Benchmarks.Baselines;

#pragma warning disable CA1002, CA2227 // Plain mutable data classes, as the peer's approach writes them.

/// <summary>
/// The rows workload (<see cref="Workloads.Rows"/>) without LineFlex, three ways, each writing LineFlex's exact bytes:
/// a hand-written <see cref="JsonTextWriter"/> (the floor), anonymous objects for <c>JsonConvert</c> (the naive way),
/// and mutable classes with lists and string enums for <c>JsonConvert</c>, the approach of the C# LINE SDKs' Flex
/// builders (Line.Messaging's <c>BubbleContainer</c>, <c>BoxComponent</c>, <c>TextComponent</c>).
/// </summary>
public static class RowsBaselines
{
    private static readonly JsonSerializerSettings MutableSettings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter(new DefaultNamingStrategy()) },
    };

    /// <summary>The floor: the request written token by token.</summary>
    public static string HandWritten(int rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        HandWritten(rows, text);
        return text.ToString();
    }

    /// <summary>The floor, written to <paramref name="text"/>.</summary>
    public static void HandWritten(int rows, TextWriter text)
    {
        using (var w = new JsonTextWriter(text) { CloseOutput = false })
        {
            w.WriteStartObject();
            w.WritePropertyName("messages");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WritePropertyName("sender");
            w.WriteValue("OFFICIAL-ACCOUNT-ID-123");
            w.WritePropertyName("destinations");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WritePropertyName("to");
            w.WriteValue("66855538125");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WritePropertyName("content");
            w.WriteStartObject();
            w.WritePropertyName("type");
            w.WriteValue("LINE_NOTIFICATION");
            w.WritePropertyName("altText");
            w.WriteValue("Your receipt");
            w.WritePropertyName("contents");
            w.WriteStartObject();
            w.WritePropertyName("type");
            w.WriteValue("BUBBLE");
            w.WritePropertyName("body");
            w.WriteStartObject();
            w.WritePropertyName("type");
            w.WriteValue("BOX");
            w.WritePropertyName("layout");
            w.WriteValue("VERTICAL");
            w.WritePropertyName("contents");
            w.WriteStartArray();
            for (var i = 0; i < rows; i++)
            {
                w.WriteStartObject();
                w.WritePropertyName("type");
                w.WriteValue("BOX");
                w.WritePropertyName("layout");
                w.WriteValue("HORIZONTAL");
                w.WritePropertyName("contents");
                w.WriteStartArray();
                w.WriteStartObject();
                w.WritePropertyName("type");
                w.WriteValue("TEXT");
                w.WritePropertyName("text");
                w.WriteValue($"Item {i}");
                w.WritePropertyName("flex");
                w.WriteValue(3);
                w.WritePropertyName("color");
                w.WriteValue("#555555");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WritePropertyName("type");
                w.WriteValue("TEXT");
                w.WritePropertyName("text");
                w.WriteValue($"{i}.00");
                w.WritePropertyName("flex");
                w.WriteValue(1);
                w.WritePropertyName("align");
                w.WriteValue("END");
                w.WritePropertyName("weight");
                w.WriteValue("BOLD");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    /// <summary>The naive way: anonymous objects built in a loop, then <c>JsonConvert.SerializeObject</c>.</summary>
    public static string Anonymous(int rows)
    {
        var contents = new object[rows];
        for (var i = 0; i < rows; i++)
        {
            contents[i] = new
            {
                type = "BOX",
                layout = "HORIZONTAL",
                contents = new object[]
                {
                    new { type = "TEXT", text = $"Item {i}", flex = 3, color = "#555555" },
                    new { type = "TEXT", text = $"{i}.00", flex = 1, align = "END", weight = "BOLD" },
                },
            };
        }

        return JsonConvert.SerializeObject(new
        {
            messages = new object[]
            {
                new
                {
                    sender = "OFFICIAL-ACCOUNT-ID-123",
                    destinations = new object[] { new { to = "66855538125" } },
                    content = new
                    {
                        type = "LINE_NOTIFICATION",
                        altText = "Your receipt",
                        contents = new { type = "BUBBLE", body = new { type = "BOX", layout = "VERTICAL", contents } },
                    },
                },
            },
        });
    }

    /// <summary>The SDKs' way: mutable component objects added to lists, then <c>JsonConvert</c> with string enums.</summary>
    public static string MutableClasses(int rows)
    {
        var body = new MutableBox { Layout = MutableLayout.VERTICAL };
        for (var i = 0; i < rows; i++)
        {
            var row = new MutableBox { Layout = MutableLayout.HORIZONTAL };
            row.Contents.Add(new MutableText { Text = $"Item {i}", Flex = 3, Color = "#555555" });
            row.Contents.Add(new MutableText { Text = $"{i}.00", Flex = 1, Align = MutableAlign.END, Weight = MutableWeight.BOLD });
            body.Contents.Add(row);
        }

        var request = new MutableRequest();
        var message = new MutableMessage { Sender = "OFFICIAL-ACCOUNT-ID-123" };
        message.Destinations.Add(new MutableDestination { To = "66855538125" });
        message.Content = new MutableContent { AltText = "Your receipt", Contents = new MutableBubble { Body = body } };
        request.Messages.Add(message);
        return JsonConvert.SerializeObject(request, MutableSettings);
    }
}

/// <summary>A request as a mutable class.</summary>
public sealed class MutableRequest
{
    public List<MutableMessage> Messages { get; set; } = [];
}

/// <summary>A message as a mutable class.</summary>
public sealed class MutableMessage
{
    public string? Sender { get; set; }

    public List<MutableDestination> Destinations { get; set; } = [];

    public MutableContent? Content { get; set; }
}

/// <summary>A destination as a mutable class.</summary>
public sealed class MutableDestination
{
    public string? To { get; set; }
}

/// <summary>The content as a mutable class.</summary>
public sealed class MutableContent
{
    public string Type { get; set; } = "LINE_NOTIFICATION";

    public string? AltText { get; set; }

    public MutableBubble? Contents { get; set; }
}

/// <summary>A bubble as a mutable class.</summary>
public sealed class MutableBubble
{
    public string Type { get; set; } = "BUBBLE";

    public MutableBox? Body { get; set; }
}

/// <summary>A component, as the SDKs' component interface.</summary>
public interface IMutableComponent
{
    string Type { get; }
}

/// <summary>A BOX as a mutable class.</summary>
public sealed class MutableBox : IMutableComponent
{
    public string Type => "BOX";

    public MutableLayout Layout { get; set; }

    public List<IMutableComponent> Contents { get; set; } = [];
}

/// <summary>A TEXT as a mutable class.</summary>
public sealed class MutableText : IMutableComponent
{
    public string Type => "TEXT";

    public string? Text { get; set; }

    public int? Flex { get; set; }

    public MutableAlign? Align { get; set; }

    public string? Color { get; set; }

    public MutableWeight? Weight { get; set; }
}

#pragma warning disable CA1707, CA1720 // The enum members are the wire words, as StringEnumConverter writes them.

/// <summary>A box's layout.</summary>
public enum MutableLayout
{
    HORIZONTAL,
    VERTICAL,
}

/// <summary>A text's alignment.</summary>
public enum MutableAlign
{
    START,
    END,
    CENTER,
}

/// <summary>A text's weight.</summary>
public enum MutableWeight
{
    REGULAR,
    BOLD,
}
