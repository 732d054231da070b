using Newtonsoft.Json.Linq;

namespace LineFlex.Benchmarks.Baselines;

/// <summary>The seed page's request as a <see cref="JObject"/> tree, built and then written.</summary>
internal static class JObjectSeedRequest
{
    public static JObject Build() =>
        new JObject(
            new JProperty("messages", new JArray(
                new JObject(
                    new JProperty("sender", "OFFICIAL-ACCOUNT-ID-123"),
                    new JProperty("destinations", new JArray(
                        new JObject(
                            new JProperty("to", "66855538125")))),
                    new JProperty("content", new JObject(
                        new JProperty("type", "LINE_NOTIFICATION"),
                        new JProperty("altText", "Thank you for your purchase. We have successfully received your order."),
                        new JProperty("contents", new JObject(
                            new JProperty("type", "BUBBLE"),
                            new JProperty("header", new JObject(
                                new JProperty("type", "BOX"),
                                new JProperty("layout", "HORIZONTAL"),
                                new JProperty("contents", new JArray(
                                    new JObject(
                                        new JProperty("type", "IMAGE"),
                                        new JProperty("url", "https://example.com/logo"),
                                        new JProperty("flex", 2),
                                        new JProperty("align", "CENTER"),
                                        new JProperty("gravity", "CENTER"),
                                        new JProperty("size", "80%")),
                                    new JObject(
                                        new JProperty("type", "TEXT"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "OFFICIAL NOTIFICATION")))),
                                        new JProperty("flex", 20),
                                        new JProperty("size", "14px"),
                                        new JProperty("align", "CENTER"),
                                        new JProperty("gravity", "CENTER"),
                                        new JProperty("wrap", true),
                                        new JProperty("color", "#ffffff"),
                                        new JProperty("weight", "REGULAR"),
                                        new JProperty("position", "RELATIVE")),
                                    new JObject(
                                        new JProperty("type", "TEXT"),
                                        new JProperty("text", "powered by"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "powered by"),
                                                new JProperty("size", "10px"),
                                                new JProperty("weight", "REGULAR"),
                                                new JProperty("style", "ITALIC")))),
                                        new JProperty("flex", 7),
                                        new JProperty("align", "END"),
                                        new JProperty("gravity", "CENTER"),
                                        new JProperty("wrap", true),
                                        new JProperty("color", "#ffffff"),
                                        new JProperty("offsetTop", "0.3px")),
                                    new JObject(
                                        new JProperty("type", "TEXT"),
                                        new JProperty("text", "powered by"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "LINE"),
                                                new JProperty("size", "12px"),
                                                new JProperty("weight", "BOLD")))),
                                        new JProperty("flex", 4),
                                        new JProperty("align", "CENTER"),
                                        new JProperty("gravity", "CENTER"),
                                        new JProperty("wrap", true),
                                        new JProperty("color", "#ffffff")))),
                                new JProperty("paddingAll", "none"),
                                new JProperty("paddingTop", "md"),
                                new JProperty("paddingBottom", "md"),
                                new JProperty("paddingStart", "lg"),
                                new JProperty("paddingEnd", "lg"),
                                new JProperty("offsetTop", "none"))),
                            new JProperty("body", new JObject(
                                new JProperty("type", "BOX"),
                                new JProperty("layout", "VERTICAL"),
                                new JProperty("contents", new JArray(
                                    new JObject(
                                        new JProperty("type", "BOX"),
                                        new JProperty("layout", "VERTICAL"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "TEXT"),
                                                new JProperty("text", "Purchase complete"),
                                                new JProperty("size", "lg"),
                                                new JProperty("wrap", true),
                                                new JProperty("weight", "BOLD")))),
                                        new JProperty("paddingTop", "none"),
                                        new JProperty("offsetTop", "none"),
                                        new JProperty("offsetBottom", "none")),
                                    new JObject(
                                        new JProperty("type", "BOX"),
                                        new JProperty("layout", "HORIZONTAL"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "TEXT"),
                                                new JProperty("contents", new JArray(
                                                    new JObject(
                                                        new JProperty("type", "SPAN"),
                                                        new JProperty("text", "Thank you for your purchase. We have successfully received your order.")))),
                                                new JProperty("wrap", true),
                                                new JProperty("offsetTop", "none")))),
                                        new JProperty("paddingTop", "lg")))),
                                new JProperty("paddingAll", "none"),
                                new JProperty("paddingTop", "xl"),
                                new JProperty("paddingBottom", "lg"),
                                new JProperty("paddingStart", "xxl"),
                                new JProperty("paddingEnd", "xxl"))),
                            new JProperty("footer", new JObject(
                                new JProperty("type", "BOX"),
                                new JProperty("layout", "HORIZONTAL"),
                                new JProperty("contents", new JArray(
                                    new JObject(
                                        new JProperty("type", "TEXT"),
                                        new JProperty("contents", new JArray(
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "Learn more about LINE Official Notification "),
                                                new JProperty("color", "#BDBDBD")),
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "here"),
                                                new JProperty("color", "#00b4ff"),
                                                new JProperty("decoration", "UNDERLINE")),
                                            new JObject(
                                                new JProperty("type", "SPAN"),
                                                new JProperty("text", "."),
                                                new JProperty("color", "#BDBDBD")))),
                                        new JProperty("size", "10px"),
                                        new JProperty("align", "CENTER"),
                                        new JProperty("wrap", true)))),
                                new JProperty("borderWidth", "none"),
                                new JProperty("margin", "none"),
                                new JProperty("paddingTop", "sm"),
                                new JProperty("paddingBottom", "md"),
                                new JProperty("action", new JObject(
                                    new JProperty("type", "URI"),
                                    new JProperty("label", "action"),
                                    new JProperty("uri", "https://example.com/action"))))),
                            new JProperty("style", new JObject(
                                new JProperty("header", new JObject(
                                    new JProperty("backgroundColor", "#06C755"))),
                                new JProperty("footer", new JObject(
                                    new JProperty("backgroundColor", "#EEEEEE")))))))))))));
}
