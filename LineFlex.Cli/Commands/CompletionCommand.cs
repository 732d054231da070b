using System.CommandLine;

namespace LineFlex.Cli.Commands;

/// <summary>
/// <c>lineflex completion bash|zsh|powershell</c>: prints a script that makes the shell complete lineflex's commands,
/// options and option values. Each script asks lineflex itself, through System.CommandLine's <c>[suggest]</c> directive
/// (<c>lineflex "[suggest:12]" "lineflex sen"</c> prints <c>send</c>), so it never goes stale; file arguments fall
/// back to the shell's own file completion.
/// </summary>
internal static class CompletionCommand
{
    public const string Bash = """
        # lineflex completion for bash. Load it with: source <(lineflex completion bash)
        _lineflex_complete()
        {
            local IFS=$'\n'
            local suggestions
            suggestions=$(lineflex "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
            COMPREPLY=( $(compgen -W "${suggestions}" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _lineflex_complete lineflex
        """;

    public const string Zsh = """
        # lineflex completion for zsh. Load it, after compinit, with: source <(lineflex completion zsh)
        _lineflex() {
          local -a suggestions
          suggestions=(${(f)"$(lineflex "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)"})
          if (( ${#suggestions} )); then
            compadd -a suggestions
          else
            _files
          fi
        }
        compdef _lineflex lineflex
        """;

    public const string PowerShell = """
        # lineflex completion for PowerShell. Load it with: lineflex completion powershell | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName lineflex -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            lineflex "[suggest:$cursorPosition]" "$commandAst" 2>$null |
                Where-Object { $_ -like "$wordToComplete*" } |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }
        """;

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "The shell to complete in: bash, zsh or powershell." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "powershell");
        var command = new Command(
            "completion",
            "Print a script that makes bash, zsh or PowerShell complete lineflex's commands, options and their values; load it from the shell's profile (docs/cli.md says how).")
        {
            shell,
        };
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Output.WriteLine(result.GetValue(shell) switch
            {
                "bash" => Bash,
                "zsh" => Zsh,
                _ => PowerShell,
            });
            return ExitCode.Success;
        });
        return command;
    }
}
