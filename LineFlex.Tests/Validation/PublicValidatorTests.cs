using FluentValidation;
using FluentValidation.TestHelper;

namespace LineFlex.Tests.Validation;

/// <summary>
/// LineFlex's validators as a FluentValidation user knows them, through public API only: each is an
/// <see cref="AbstractValidator{T}"/> that <c>TestValidate</c> works on, whose failures carry the wire path as the
/// property name and the rule's code as the error code, and that a team's own validator can <c>Include</c>.
/// </summary>
public class PublicValidatorTests
{
    private static LineMessage Message() => new()
    {
        Sender = "OFFICIAL-ACCOUNT-ID-123",
        Destinations = [new LineDestination { To = "66855538125" }],
        Content = new LineNotificationContent
        {
            AltText = "Your order has shipped",
            Contents = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "Hi" }] } },
        },
    };

    /// <summary>A team's rules on top of LineFlex's, written against the model.</summary>
    private sealed class ShopRules : LineFlexValidator<LineMessage>
    {
        public ShopRules()
        {
            Include(new LineMessageValidator(LonGuidelinesOff.Options));
            RuleFor(m => m.Sender).NotEmpty().WithErrorCode("SHOP1");
            RuleFor(m => m.Content!.AltText).Must(text => text?.StartsWith("Acme", StringComparison.Ordinal) == true)
                .When(m => m.Content is not null)
                .WithErrorCode("SHOP2")
                .WithMessage("altText starts with the shop's name, Acme.");
        }
    }

    /// <summary>The same, on FluentValidation's own base class: LineFlex's findings keep their wire paths there too.</summary>
    private sealed class PlainShopRules : AbstractValidator<LineMessage>
    {
        public PlainShopRules()
        {
            Include(new LineMessageValidator(LonGuidelinesOff.Options));
            RuleFor(m => m.Sender).NotEmpty().WithErrorCode("SHOP1").OverridePropertyName("sender");
        }
    }

    [Test]
    public void A_bubble_with_a_blank_text_fails_at_the_texts_wire_path_with_the_rules_code()
    {
        var bubble = new FlexBubble { Body = new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = " " }] } };

        new FlexBubbleValidator(LonGuidelinesOff.Options).TestValidate(bubble)
            .ShouldHaveValidationErrorFor("body.contents[0].text")
            .WithErrorCode("LF126")
            .WithSeverity(Severity.Warning)
            .When(f => Equals(f.AttemptedValue, " "));
    }

    [Test]
    public void A_team_validator_including_LineMessageValidator_reports_its_rule_and_LineFlexs_at_sender()
    {
        var result = new ShopRules().TestValidate(Message() with { Sender = null });

        result.ShouldHaveValidationErrorFor("sender").WithErrorCode("SHOP1");
        result.ShouldHaveValidationErrorFor("sender").WithErrorCode("LF102").WithSeverity(Severity.Error);
    }

    [Test]
    public void A_plain_AbstractValidator_including_LineMessageValidator_gets_LineFlexs_findings_at_their_wire_paths()
    {
        var result = new PlainShopRules().TestValidate(Message() with { Sender = null, Destinations = [new LineDestination { To = "+66 85" }] });

        result.ShouldHaveValidationErrorFor("sender").WithErrorCode("SHOP1");
        result.ShouldHaveValidationErrorFor("sender").WithErrorCode("LF102");
        result.ShouldHaveValidationErrorFor("destinations[0].to").WithErrorCode("LF416").When(f => Equals(f.AttemptedValue, "+66 85"));
    }

    [Test]
    public void A_team_rule_written_against_the_model_reports_at_the_wire_path()
    {
        var result = new ShopRules().TestValidate(Message());

        result.ShouldHaveValidationErrorFor("content.altText").WithErrorCode("SHOP2").WithErrorMessage("altText starts with the shop's name, Acme.");
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "content.altText" }));
    }

    [Test]
    public void A_message_keeping_every_rule_passes_the_team_validator()
    {
        var message = Message() with { Content = Message().Content! with { AltText = "Acme: your order has shipped" } };

        new ShopRules().TestValidate(message).ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void LineFlexValidator_leaves_FluentValidations_global_options_alone()
    {
        var resolver = ValidatorOptions.Global.PropertyNameResolver;
        var displayNames = ValidatorOptions.Global.DisplayNameResolver;

        new ShopRules().Validate(Message());

        Assert.Multiple(() =>
        {
            Assert.That(ValidatorOptions.Global.PropertyNameResolver, Is.SameAs(resolver));
            Assert.That(ValidatorOptions.Global.DisplayNameResolver, Is.SameAs(displayNames));
        });
    }

    [Test]
    public void An_empty_request_fails_at_messages()
    {
        new LineRequestValidator().TestValidate(new LineRequest { Messages = [] })
            .ShouldHaveValidationErrorFor("messages")
            .WithErrorCode("LF101");
    }

    [Test]
    public void The_request_validators_clock_decides_the_sendAt_horizon()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var request = new LineRequest { Messages = [Message()], Options = new RequestOptions { Schedule = new ScheduleOptions { SendAt = now.AddDays(181) } } };

        new LineRequestValidator(new FixedClock(now)).TestValidate(request)
            .ShouldHaveValidationErrorFor("options.schedule.sendAt")
            .WithErrorCode("LF603");
    }

    [Test]
    public void A_message_fails_at_paths_relative_to_it()
    {
        var message = Message() with { Content = Message().Content! with { AltText = new string('a', 401) } };

        new LineMessageValidator(LonGuidelinesOff.Options).TestValidate(message)
            .ShouldHaveValidationErrorFor("content.altText")
            .WithErrorCode("LF201")
            .WithErrorMessage("altText is 401 characters; the limit is 400.");
    }

    [Test]
    public void Every_component_type_is_validated_by_FlexComponentValidator()
    {
        var validator = new FlexComponentValidator();

        Assert.Multiple(() =>
        {
            validator.TestValidate(new FlexImage()).ShouldHaveValidationErrorFor("url").WithErrorCode("LF109");
            validator.TestValidate(new FlexIcon { Url = "http://example.com/icon.png" }).ShouldHaveValidationErrorFor("url").WithErrorCode("LF410");
            validator.TestValidate(new FlexButton()).ShouldHaveValidationErrorFor("action").WithErrorCode("LF111");
            validator.TestValidate(new FlexSpan()).ShouldHaveValidationErrorFor("text").WithErrorCode("LF112");
            validator.TestValidate(new FlexText { Text = "Hi", Flex = 21 }).ShouldHaveValidationErrorFor("flex").WithErrorCode("LF301");
            validator.TestValidate(new FlexBox()).ShouldHaveValidationErrorFor("layout").WithErrorCode("LF108");
            validator.TestValidate(new FlexSeparator { Color = FlexColor.Raw("red") }).ShouldHaveValidationErrorFor("color").WithErrorCode("LF407");
            validator.TestValidate(new FlexBox { Layout = BoxLayout.Vertical, Contents = [new FlexText { Text = "Hi" }] }).ShouldNotHaveAnyValidationErrors();
        });
    }

    [Test]
    public void An_action_is_validated_by_FlexActionValidator()
    {
        var validator = new FlexActionValidator();

        Assert.Multiple(() =>
        {
            validator.TestValidate(new UriAction { Uri = "https://example.com" }).ShouldHaveValidationErrorFor("label").WithErrorCode("LF113");
            validator.TestValidate(new PostbackAction { Label = "Yes", Data = new string('d', 1001) }).ShouldHaveValidationErrorFor("data").WithErrorCode("LF210");
            validator.TestValidate(new UriAction { Label = "Open", Uri = "https://example.com" }).ShouldNotHaveAnyValidationErrors();
        });
    }

    [Test]
    public void A_validator_used_for_a_child_reports_below_the_childs_wire_path()
    {
        var validator = new InlineValidator<LineMessage>();
        validator.RuleFor(m => m.Content!.Contents).SetValidator(new FlexBubbleValidator()!);

        var message = Message() with { Content = Message().Content! with { Contents = new FlexBubble { Body = new FlexBox() } } };

        validator.TestValidate(message).ShouldHaveValidationErrorFor("content.contents.body.layout").WithErrorCode("LF108");
    }
}
