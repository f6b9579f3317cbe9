using PulmoPet.Cli;

return PulmoPetApp.Run(args, Console.Out, Console.Error);
