using System.CommandLine;
using LineFlex.Cli.Demo;

namespace LineFlex.Cli.Commands;

/// <summary><c>lineflex demo</c>: builds the "Purchase complete" notification with the builder and prints its JSON.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var compact = new Option<bool>("--compact") { Description = "Print the compact wire JSON instead of indented JSON." };
        var command = new Command("demo", "Build the \"Purchase complete\" notification inline with the builder and print its JSON.")
        {
            compact,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var request = PurchaseComplete.Request();
            output.WriteLine(FlexJson.Serialize(request, indented: !result.GetValue(compact)));
            return 0;
        });
        return command;
    }
}
