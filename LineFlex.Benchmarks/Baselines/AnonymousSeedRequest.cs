namespace LineFlex.Benchmarks.Baselines;

/// <summary>What a team writes without LineFlex: the seed page's request as anonymous objects for <c>JsonConvert.SerializeObject</c>.</summary>
internal static class AnonymousSeedRequest
{
    public static object Build() => new
    {
        messages = new object[]
        {
            new
            {
                sender = "OFFICIAL-ACCOUNT-ID-123",
                destinations = new object[]
                {
                    new
                    {
                        to = "66855538125",
                    },
                },
                content = new
                {
                    type = "LINE_NOTIFICATION",
                    altText = "Thank you for your purchase. We have successfully received your order.",
                    contents = new
                    {
                        type = "BUBBLE",
                        header = new
                        {
                            type = "BOX",
                            layout = "HORIZONTAL",
                            contents = new object[]
                            {
                                new
                                {
                                    type = "IMAGE",
                                    url = "https://example.com/logo",
                                    flex = 2,
                                    align = "CENTER",
                                    gravity = "CENTER",
                                    size = "80%",
                                },
                                new
                                {
                                    type = "TEXT",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "SPAN",
                                            text = "OFFICIAL NOTIFICATION",
                                        },
                                    },
                                    flex = 20,
                                    size = "14px",
                                    align = "CENTER",
                                    gravity = "CENTER",
                                    wrap = true,
                                    color = "#ffffff",
                                    weight = "REGULAR",
                                    position = "RELATIVE",
                                },
                                new
                                {
                                    type = "TEXT",
                                    text = "powered by",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "SPAN",
                                            text = "powered by",
                                            size = "10px",
                                            weight = "REGULAR",
                                            style = "ITALIC",
                                        },
                                    },
                                    flex = 7,
                                    align = "END",
                                    gravity = "CENTER",
                                    wrap = true,
                                    color = "#ffffff",
                                    offsetTop = "0.3px",
                                },
                                new
                                {
                                    type = "TEXT",
                                    text = "powered by",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "SPAN",
                                            text = "LINE",
                                            size = "12px",
                                            weight = "BOLD",
                                        },
                                    },
                                    flex = 4,
                                    align = "CENTER",
                                    gravity = "CENTER",
                                    wrap = true,
                                    color = "#ffffff",
                                },
                            },
                            paddingAll = "none",
                            paddingTop = "md",
                            paddingBottom = "md",
                            paddingStart = "lg",
                            paddingEnd = "lg",
                            offsetTop = "none",
                        },
                        body = new
                        {
                            type = "BOX",
                            layout = "VERTICAL",
                            contents = new object[]
                            {
                                new
                                {
                                    type = "BOX",
                                    layout = "VERTICAL",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "TEXT",
                                            text = "Purchase complete",
                                            size = "lg",
                                            wrap = true,
                                            weight = "BOLD",
                                        },
                                    },
                                    paddingTop = "none",
                                    offsetTop = "none",
                                    offsetBottom = "none",
                                },
                                new
                                {
                                    type = "BOX",
                                    layout = "HORIZONTAL",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "TEXT",
                                            contents = new object[]
                                            {
                                                new
                                                {
                                                    type = "SPAN",
                                                    text = "Thank you for your purchase. We have successfully received your order.",
                                                },
                                            },
                                            wrap = true,
                                            offsetTop = "none",
                                        },
                                    },
                                    paddingTop = "lg",
                                },
                            },
                            paddingAll = "none",
                            paddingTop = "xl",
                            paddingBottom = "lg",
                            paddingStart = "xxl",
                            paddingEnd = "xxl",
                        },
                        footer = new
                        {
                            type = "BOX",
                            layout = "HORIZONTAL",
                            contents = new object[]
                            {
                                new
                                {
                                    type = "TEXT",
                                    contents = new object[]
                                    {
                                        new
                                        {
                                            type = "SPAN",
                                            text = "Learn more about LINE Official Notification ",
                                            color = "#BDBDBD",
                                        },
                                        new
                                        {
                                            type = "SPAN",
                                            text = "here",
                                            color = "#00b4ff",
                                            decoration = "UNDERLINE",
                                        },
                                        new
                                        {
                                            type = "SPAN",
                                            text = ".",
                                            color = "#BDBDBD",
                                        },
                                    },
                                    size = "10px",
                                    align = "CENTER",
                                    wrap = true,
                                },
                            },
                            borderWidth = "none",
                            margin = "none",
                            paddingTop = "sm",
                            paddingBottom = "md",
                            action = new
                            {
                                type = "URI",
                                label = "action",
                                uri = "https://example.com/action",
                            },
                        },
                        style = new
                        {
                            header = new
                            {
                                backgroundColor = "#06C755",
                            },
                            footer = new
                            {
                                backgroundColor = "#EEEEEE",
                            },
                        },
                    },
                },
            },
        },
    };
}
