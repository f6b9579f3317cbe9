namespace PulmoPet.Imaging;

/// <summary>
/// An error in the user's data or request (a file, a parameter), as opposed to a bug. The message is one
/// sentence a user can act on; command-line tools print it without a stack trace and exit with code 1.
/// </summary>
public class InvalidInputException : Exception
{
    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
