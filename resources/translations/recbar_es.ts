<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandAvailability</name>
    <message>
        <source>Not connected to the recording server</source>
        <translation>Sin conexión con el servidor de grabación</translation>
    </message>
    <message>
        <source>Waiting for the server: %1</source>
        <translation>Esperando al servidor: %1</translation>
    </message>
    <message>
        <source>There is no call to record</source>
        <translation>No hay ninguna llamada que grabar</translation>
    </message>
    <message>
        <source>The call is not answered yet</source>
        <translation>La llamada aún no se ha contestado</translation>
    </message>
    <message>
        <source>The call is already being recorded</source>
        <translation>La llamada ya se está grabando</translation>
    </message>
    <message>
        <source>The call is not being recorded</source>
        <translation>La llamada no se está grabando</translation>
    </message>
    <message>
        <source>The recording is already paused</source>
        <translation>La grabación ya está en pausa</translation>
    </message>
    <message>
        <source>There is no call to pause</source>
        <translation>No hay ninguna llamada que pausar</translation>
    </message>
    <message>
        <source>The recording is not paused</source>
        <translation>La grabación no está en pausa</translation>
    </message>
    <message>
        <source>There is no call to add data to</source>
        <translation>No hay ninguna llamada a la que añadir datos</translation>
    </message>
    <message>
        <source>A duplicate needs a call that is being recorded</source>
        <translation>Un duplicado necesita una llamada que se esté grabando</translation>
    </message>
    <message>
        <source>A duplicate is already being recorded</source>
        <translation>Ya se está grabando un duplicado</translation>
    </message>
    <message>
        <source>No duplicate is being recorded</source>
        <translation>No se está grabando ningún duplicado</translation>
    </message>
    <message>
        <source>The screen is already being recorded</source>
        <translation>La pantalla ya se está grabando</translation>
    </message>
    <message>
        <source>The screen is not being recorded</source>
        <translation>La pantalla no se está grabando</translation>
    </message>
    <message>
        <source>There is no call to tag</source>
        <translation>No hay ninguna llamada que etiquetar</translation>
    </message>
    <message>
        <source>There is no answered call to record</source>
        <translation>No hay ninguna llamada contestada que grabar</translation>
    </message>
    <message>
        <source>There is no call</source>
        <translation>No hay ninguna llamada</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Start recording</source>
        <translation>Iniciar la grabación</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausar la grabación</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Reanudar la grabación</translation>
    </message>
    <message>
        <source>Add call data</source>
        <translation>Añadir datos de llamada</translation>
    </message>
    <message>
        <source>Start duplicate recording</source>
        <translation>Iniciar grabación duplicada</translation>
    </message>
    <message>
        <source>Stop duplicate recording</source>
        <translation>Detener la grabación duplicada</translation>
    </message>
    <message>
        <source>Start screen recording</source>
        <translation>Iniciar grabación de pantalla</translation>
    </message>
    <message>
        <source>Stop screen recording</source>
        <translation>Detener la grabación de pantalla</translation>
    </message>
    <message>
        <source>Tag the call</source>
        <translation>Etiquetar la llamada</translation>
    </message>
    <message>
        <source>Restart the recording</source>
        <translation>Reiniciar la grabación</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Eliminar la grabación</translation>
    </message>
    <message>
        <source>Start a segment</source>
        <translation>Iniciar un segmento</translation>
    </message>
    <message>
        <source>Stop the segment</source>
        <translation>Detener el segmento</translation>
    </message>
    <message>
        <source>Log in to the recorder</source>
        <translation>Iniciar sesión en el grabador</translation>
    </message>
    <message>
        <source>Log out of the recorder</source>
        <translation>Cerrar sesión en el grabador</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Call data…</source>
        <translation>Datos de llamada…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Stop duplicate</source>
        <translation>Detener duplicado</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Stop screen</source>
        <translation>Detener pantalla</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>End segment</source>
        <translation>Terminar segmento</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Starting the recording…</source>
        <translation>Iniciando la grabación…</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Deteniendo la grabación…</translation>
    </message>
    <message>
        <source>Pausing the recording…</source>
        <translation>Pausando la grabación…</translation>
    </message>
    <message>
        <source>Resuming the recording…</source>
        <translation>Reanudando la grabación…</translation>
    </message>
    <message>
        <source>Saving the call data…</source>
        <translation>Guardando los datos de llamada…</translation>
    </message>
    <message>
        <source>Starting the duplicate recording…</source>
        <translation>Iniciando la grabación duplicada…</translation>
    </message>
    <message>
        <source>Stopping the duplicate recording…</source>
        <translation>Deteniendo la grabación duplicada…</translation>
    </message>
    <message>
        <source>Starting the screen recording…</source>
        <translation>Iniciando la grabación de pantalla…</translation>
    </message>
    <message>
        <source>Stopping the screen recording…</source>
        <translation>Deteniendo la grabación de pantalla…</translation>
    </message>
    <message>
        <source>Tagging the call…</source>
        <translation>Etiquetando la llamada…</translation>
    </message>
    <message>
        <source>Restarting the recording…</source>
        <translation>Reiniciando la grabación…</translation>
    </message>
    <message>
        <source>Deleting the recording…</source>
        <translation>Eliminando la grabación…</translation>
    </message>
    <message>
        <source>Starting a segment…</source>
        <translation>Iniciando un segmento…</translation>
    </message>
    <message>
        <source>Stopping the segment…</source>
        <translation>Deteniendo el segmento…</translation>
    </message>
    <message>
        <source>Logging in to the recorder…</source>
        <translation>Iniciando sesión en el grabador…</translation>
    </message>
    <message>
        <source>Logging out of the recorder…</source>
        <translation>Cerrando sesión en el grabador…</translation>
    </message>
</context>
<context>
    <name>MetadataRules</name>
    <message>
        <source>Enter a key</source>
        <translation>Escriba una clave</translation>
    </message>
    <message>
        <source>Keys use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (64 at most)</source>
        <translation>Las claves usan letras, dígitos, &apos;.&apos;, &apos;-&apos; y &apos;_&apos; (64 como máximo)</translation>
    </message>
    <message>
        <source>Use a date like 2026-11-21</source>
        <translation>Use una fecha como 2026-11-21</translation>
    </message>
    <message>
        <source>Numbers cannot contain a comma</source>
        <translation>Los números no pueden contener una coma</translation>
    </message>
    <message>
        <source>Numbers cannot end with a decimal point</source>
        <translation>Los números no pueden terminar en punto decimal</translation>
    </message>
    <message>
        <source>Use a number like 2500, 10.7 or .30</source>
        <translation>Use un número como 2500, 10.7 o .30</translation>
    </message>
    <message>
        <source>Text cannot contain &amp; or =</source>
        <translation>El texto no puede contener &amp; ni =</translation>
    </message>
    <message>
        <source>Text is limited to 255 characters</source>
        <translation>El texto está limitado a 255 caracteres</translation>
    </message>
    <message>
        <source>A call can carry at most %1 items</source>
        <translation>Una llamada admite como máximo %1 elementos</translation>
    </message>
    <message>
        <source>This key is already listed</source>
        <translation>Esta clave ya está en la lista</translation>
    </message>
    <message>
        <source>Values cannot contain line breaks, control characters or direction marks</source>
        <translation>Los valores no pueden contener saltos de línea, caracteres de control ni marcas de dirección</translation>
    </message>
    <message>
        <source>There is no call data to send</source>
        <translation>No hay datos de llamada que enviar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Recording command failed</source>
        <translation>Falló el comando de grabación</translation>
    </message>
    <message>
        <source>Connection to the recording server lost</source>
        <translation>Se perdió la conexión con el servidor de grabación</translation>
    </message>
    <message>
        <source>The recording state is unknown until it is back. %1</source>
        <translation>El estado de la grabación es desconocido hasta que vuelva. %1</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Grabación iniciada</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Grabación detenida</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>Enter the identity service&apos;s authorization address (https://…)</source>
        <translation>Introduzca la dirección de autorización del servicio de identidad (https://…)</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s token address (https://…)</source>
        <translation>Introduzca la dirección de tokens del servicio de identidad (https://…)</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s revocation address (https://…), or none</source>
        <translation>Introduzca la dirección de revocación del servicio de identidad (https://…), o ninguna</translation>
    </message>
    <message>
        <source>Enter the client id your administrator registered for RecBar</source>
        <translation>Introduzca el id de cliente que su administrador registró para RecBar</translation>
    </message>
    <message>
        <source>the identity service&apos;s answer holds no usable bearer token</source>
        <translation>la respuesta del servicio de identidad no contiene un token de portador utilizable</translation>
    </message>
    <message>
        <source>The identity service does not know RecBar&apos;s client id or secret (%1): ask your administrator</source>
        <translation>El servicio de identidad no conoce el id de cliente ni el secreto de RecBar (%1): consulte a su administrador</translation>
    </message>
    <message>
        <source>The identity service refused (%1)</source>
        <translation>El servicio de identidad se negó (%1)</translation>
    </message>
    <message>
        <source>the identity service answered HTTP %1</source>
        <translation>el servicio de identidad respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name</source>
        <translation>Dé un nombre al perfil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot control recordings</source>
        <translation>«%1» no puede controlar grabaciones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot tell the call state: choose a call-state source such as Finesse or the Recording API</source>
        <translation>«%1» no puede indicar el estado de la llamada: elija una fuente de estado como Finesse o la Recording API</translation>
    </message>
    <message>
        <source>Enter the %1 address, e.g. https://recorder.example.com</source>
        <translation>Escriba la dirección de %1, p. ej. https://recorder.example.com</translation>
    </message>
    <message>
        <source>Plain HTTP sends the password unencrypted: use https, or allow plain HTTP for this profile</source>
        <translation>HTTP sin cifrar envía la contraseña en claro: use https o permita HTTP sin cifrar en este perfil</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>call-state server</source>
        <translation>servidor de estado de llamada</translation>
    </message>
    <message>
        <source>Enter the user name</source>
        <translation>Escriba el nombre de usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no recordings list</source>
        <translation>«%1» no tiene lista de grabaciones</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Unknown server kind &quot;%1&quot; for the recording control (known: %2)</source>
        <translation>Tipo de servidor desconocido «%1» para el control de grabación (conocidos: %2)</translation>
    </message>
    <message>
        <source>Unknown server kind &quot;%1&quot; for the call state (known: %2)</source>
        <translation>Tipo de servidor desconocido «%1» para el estado de la llamada (conocidos: %2)</translation>
    </message>
    <message>
        <source>Enter the user name for %1</source>
        <translation>Introduzca el nombre de usuario para %1</translation>
    </message>
    <message>
        <source>Status reads must be between %1 s and %2 s on a call, %3 s and %4 min idle</source>
        <translation>Las lecturas de estado deben ser de entre %1 s y %2 s en llamada, y entre %3 s y %4 min en reposo</translation>
    </message>
    <message>
        <source>Auto-resume must be between 0 (off) and %1 seconds</source>
        <translation>La reanudación automática debe estar entre 0 (desactivada) y %1 segundos</translation>
    </message>
    <message>
        <source>The request timeout must be between %1 and %2 seconds</source>
        <translation>El tiempo de espera de las peticiones debe estar entre %1 y %2 segundos</translation>
    </message>
    <message>
        <source>The role must be agent or supervisor, not &quot;%1&quot;</source>
        <translation>El rol debe ser agent o supervisor, no «%1»</translation>
    </message>
    <message>
        <source>A call is flagged unrecorded after 1 to 3,600 seconds</source>
        <translation>Una llamada se señala sin grabar tras 1 a 3.600 segundos</translation>
    </message>
    <message>
        <source>A pause is flagged long after 1 to 240 minutes</source>
        <translation>Una pausa se señala larga tras 1 a 240 minutos</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>Se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>This profile does not allow sending the password over plain HTTP</source>
        <translation>Este perfil no permite enviar la contraseña por HTTP sin cifrar</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted yet</source>
        <translation>Aún no se confía en el certificado del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it; refusing to connect</source>
        <translation>El certificado del servidor ha cambiado desde que lo aceptó; no se conecta</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>This user is not allowed to do that</source>
        <translation>Este usuario no tiene permiso para hacer eso</translation>
    </message>
    <message>
        <source>The server does not know that agent or call</source>
        <translation>El servidor no conoce ese agente o esa llamada</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>El servidor falló (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>No se pudo leer la respuesta del servidor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a description of the error, then the server&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent RecBar on to another address, which RecBar does not follow with your password (%1)</source>
        <translation>El servidor remitió a RecBar a otra dirección, a la que RecBar no envía su contraseña (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than RecBar accepts</source>
        <translation>La respuesta del servidor era mayor de lo que RecBar acepta</translation>
    </message>
    <message>
        <source>Your sign-in has ended: sign in again</source>
        <translation>Su sesión ha terminado: vuelva a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Contraseña rechazada</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no confiable</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Recording state unknown</source>
        <translation>Estado de grabación desconocido</translation>
    </message>
    <message>
        <source>Paused (secure pause on)</source>
        <translation>En pausa (pausa segura activada)</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>No se graba</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On a call (its state is unknown)</source>
        <translation>En una llamada (estado desconocido)</translation>
    </message>
    <message>
        <source>connecting live updates…</source>
        <translation>conectando las actualizaciones en vivo…</translation>
    </message>
    <message>
        <source>live updates</source>
        <translation>actualizaciones en vivo</translation>
    </message>
    <message>
        <source>live updates unavailable: reading every few seconds</source>
        <translation>actualizaciones en vivo no disponibles: lectura cada pocos segundos</translation>
    </message>
    <message>
        <source>live updates unavailable (%1): reading every few seconds</source>
        <translation>actualizaciones en vivo no disponibles (%1): lectura cada pocos segundos</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>Hay que iniciar sesión</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 · trying again in %2 s</source>
        <translation>%1 · nuevo intento en %2 s</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Recording state unknown</source>
        <translation>Estado de grabación desconocido</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabando</translation>
    </message>
    <message>
        <source>Paused: not recording</source>
        <translation>En pausa: no se graba</translation>
    </message>
    <message>
        <source>Paused · no call</source>
        <translation>En pausa · sin llamada</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>No se graba</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>resumes in %1</source>
        <translation>se reanuda en %1</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>en pausa %1</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>número desconocido</translation>
    </message>
    <message>
        <source>Inbound from %1</source>
        <translation>Entrante de %1</translation>
    </message>
    <message>
        <source>Outbound to %1</source>
        <translation>Saliente a %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more call(s)</source>
        <translation>
            <numerusform>%1 · %n llamada más</numerusform>
            <numerusform>%1 · %n llamadas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Secure pause is on for your next call</source>
        <translation>La pausa segura está activada para su próxima llamada</translation>
    </message>
    <message>
        <source>Waiting for a call</source>
        <translation>Esperando una llamada</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>ext. %1</translation>
    </message>
    <message>
        <source>RecBar: %1</source>
        <translation>RecBar: %1</translation>
    </message>
    <message>
        <source>Recording state unknown · last known at %1: %2 · %3</source>
        <translation>Estado de grabación desconocido · último conocido a las %1: %2 · %3</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>polled</source>
        <translation>consultado</translation>
    </message>
    <message>
        <source>screen recorded</source>
        <translation>pantalla grabada</translation>
    </message>
    <message>
        <source>duplicate recording on</source>
        <translation>grabación duplicada activa</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin grabar</translation>
    </message>
    <message>
        <source>Long pause</source>
        <translation>Pausa larga</translation>
    </message>
    <message>
        <source>Recording unknown</source>
        <translation>Grabación desconocida</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Iniciar la grabación</translation>
    </message>
    <message>
        <source>End the pause</source>
        <translation>Terminar la pausa</translation>
    </message>
</context>
<context>
    <name>recbar</name>
    <message>
        <source>usage: recbar scan [--json] FILE|FOLDER...</source>
        <translation>uso: recbar scan [--json] ARCHIVO|CARPETA...</translation>
    </message>
    <message>
        <source>no card number heard</source>
        <translation>no se oyó ningún número de tarjeta</translation>
    </message>
    <message>
        <source>card number heard outside a pause</source>
        <translation>número de tarjeta oído fuera de una pausa</translation>
    </message>
    <message>
        <source>card number heard inside a pause (kept out)</source>
        <translation>número de tarjeta oído durante una pausa (quedó fuera)</translation>
    </message>
    <message>
        <source>passes the Luhn check</source>
        <translation>pasa la comprobación de Luhn</translation>
    </message>
    <message>
        <source>fails the Luhn check</source>
        <translation>no pasa la comprobación de Luhn</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>terminado en %1</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 dígitos</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>no se puede leer la carpeta</translation>
    </message>
</context>
<context>
    <name>recbar::AgentController</name>
    <message>
        <source>%1 failed: the call ended before the server confirmed it</source>
        <translation>%1 falló: la llamada terminó antes de que el servidor lo confirmara</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1: the server accepted it, but its state did not change (%2)</source>
        <translation>%1: el servidor lo aceptó, pero su estado no cambió (%2)</translation>
    </message>
</context>
<context>
    <name>recbar::AgentSession</name>
    <message>
        <source>No keychain is available on this computer: enter the password for this session.</source>
        <translation>No hay llavero en este equipo: escriba la contraseña para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>El llavero no entregó la contraseña: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>No hay llavero: la contraseña se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>El perfil «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain. RecBar keeps it until you quit; next time, it will ask you for it again.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema. RecBar la conserva hasta que salga; la próxima vez se la volverá a pedir.</translation>
    </message>
    <message>
        <source>%1 (%2) needs its password</source>
        <translation>%1 (%2) necesita su contraseña</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Sign in through your company&apos;s sign-in page, in the browser</source>
        <translation>Inicie sesión en la página de inicio de sesión de su empresa, en el navegador</translation>
    </message>
    <message>
        <source>Finish signing in in your browser: RecBar waits for it</source>
        <translation>Termine de iniciar sesión en su navegador: RecBar lo espera</translation>
    </message>
    <message>
        <source>%1 signs you in with a password: enter it</source>
        <translation>%1 inicia su sesión con una contraseña: introdúzcala</translation>
    </message>
</context>
<context>
    <name>recbar::AudioDecoder</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>Not a playable recording (%1)</source>
        <translation>No es una grabación reproducible (%1)</translation>
    </message>
    <message>
        <source>The recording&apos;s header is damaged (%1 channels at %2 Hz)</source>
        <translation>La cabecera de la grabación está dañada (%1 canales a %2 Hz)</translation>
    </message>
    <message>
        <source>The recording holds no audio</source>
        <translation>La grabación no contiene audio</translation>
    </message>
</context>
<context>
    <name>recbar::AudioLayout</name>
    <message>
        <source>Not a playable recording (neither WAV nor MP3)</source>
        <translation>No es una grabación reproducible (ni WAV ni MP3)</translation>
    </message>
    <message>
        <source>Not a playable recording (its WAV header has no usable format chunk)</source>
        <translation>No es una grabación reproducible (su cabecera WAV no tiene un bloque de formato utilizable)</translation>
    </message>
    <message>
        <source>Not a playable recording (its WAV header has no data chunk)</source>
        <translation>No es una grabación reproducible (su cabecera WAV no tiene bloque de datos)</translation>
    </message>
</context>
<context>
    <name>recbar::AudioOutput</name>
    <message>
        <source>RecBar&apos;s audio output is missing or damaged: install RecBar again to play recordings</source>
        <translation>La salida de audio de RecBar falta o está dañada: vuelva a instalar RecBar para escuchar las grabaciones</translation>
    </message>
    <message>
        <source>There is no audio output on this computer</source>
        <translation>No hay salida de audio en este equipo</translation>
    </message>
</context>
<context>
    <name>recbar::AuditKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no respondió</translation>
    </message>
</context>
<context>
    <name>recbar::AuditLog</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>No se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>entry %1 where %2 was expected (one removed or inserted)</source>
        <translation>entrada %1 donde se esperaba la %2 (se quitó o se insertó una)</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>no sigue a la entrada anterior</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>su contenido se modificó después de escribirse</translation>
    </message>
    <message>
        <source>not an entry</source>
        <translation>no es una entrada</translation>
    </message>
    <message>
        <source>its content was changed after it was written, or it was written without the log&apos;s key</source>
        <translation>su contenido se cambió después de escribirse, o se escribió sin la clave del registro</translation>
    </message>
    <message>
        <source>written without the log&apos;s key after entries that had it</source>
        <translation>escrita sin la clave del registro tras entradas que la tenían</translation>
    </message>
    <message>
        <source>the keychain did not give the audit log&apos;s key: entries are kept aside and added to the log once it does</source>
        <translation>el llavero no dio la clave del registro de auditoría: las entradas se guardan aparte y se añaden al registro en cuanto la dé</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from here have no HMAC, and no entry written with the log&apos;s key accounts for them (a log rewritten without the key looks like this)</source>
        <translation>
            <numerusform>%n entrada desde aquí no tiene HMAC, y ninguna entrada escrita con la clave del registro responde de ella (así se ve un registro reescrito sin la clave)</numerusform>
            <numerusform>%n entradas desde aquí no tienen HMAC, y ninguna entrada escrita con la clave del registro responde de ellas (así se ve un registro reescrito sin la clave)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: another program holds it</source>
        <translation>No se puede escribir %1: otro programa lo tiene abierto</translation>
    </message>
    <message>
        <source>Cannot write %1: its lock cannot be made</source>
        <translation>No se puede escribir %1: no se puede crear su bloqueo</translation>
    </message>
</context>
<context>
    <name>recbar::Autostart</name>
    <message>
        <source>The login items could not be changed</source>
        <translation>No se pudieron cambiar los elementos de inicio de sesión</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>No se puede quitar %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Call-recording controls, started at login</source>
        <translation>Controles de grabación de llamadas, iniciados al iniciar sesión</translation>
    </message>
</context>
<context>
    <name>recbar::BarWindow</name>
    <message>
        <source>RecBar</source>
        <translation>RecBar</translation>
    </message>
    <message>
        <source>RecBar recording state</source>
        <translation>Estado de grabación de RecBar</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Estado de la grabación</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Agent and server</source>
        <translation>Agente y servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Más comandos</translation>
    </message>
    <message>
        <source>Recordings…</source>
        <translation>Grabaciones…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Revisar el certificado…</translation>
    </message>
    <message>
        <source>RecBar: %1</source>
        <translation>RecBar: %1</translation>
    </message>
    <message>
        <source>From outside RecBar</source>
        <translation>Desde fuera de RecBar</translation>
    </message>
    <message>
        <source>%1 (%2 takes it back)</source>
        <translation>%1 (%2 lo deshace)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit RecBar</source>
        <translation>Salir de RecBar</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
</context>
<context>
    <name>recbar::BoundedParse</name>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation>el documento supera los %1 KiB</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>el documento anida más de %1 niveles</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>the document declares a DTD</source>
        <translation>el documento declara una DTD</translation>
    </message>
</context>
<context>
    <name>recbar::BrowserSignIn</name>
    <message>
        <source>The browser came back from a sign-in RecBar did not start (its state does not match): nothing was signed in. Try again.</source>
        <translation>El navegador volvió de un inicio de sesión que RecBar no empezó (su estado no coincide): no se inició ninguna sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The identity service did not sign you in (%1)</source>
        <translation>El servicio de identidad no inició su sesión (%1)</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code: nothing was signed in</source>
        <translation>El navegador volvió sin código de inicio de sesión: no se inició ninguna sesión</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time: nothing was signed in. Try again.</source>
        <translation>El inicio de sesión en el navegador no se terminó a tiempo: no se inició ninguna sesión. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>recbar::CallDataPanel</name>
    <message>
        <source>Call data</source>
        <translation>Datos de la llamada</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Call data items</source>
        <translation>Elementos de datos de la llamada</translation>
    </message>
    <message>
        <source>Problems with the call data</source>
        <translation>Problemas con los datos de la llamada</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Añadir &amp;elemento</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Quitar elemento</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>What this call&apos;s recording keeps, in the fields your profile names:</source>
        <translation>Lo que guarda la grabación de esta llamada, en los campos que nombra su perfil:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Up to %1 items are kept with the recording.</source>
        <translation>Se guardan hasta %1 elementos con la grabación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>recbar::Capabilities</name>
    <message>
        <source>This recording server cannot do that: %1</source>
        <translation>Este servidor de grabación no puede hacer eso: %1</translation>
    </message>
</context>
<context>
    <name>recbar::CardFinding</name>
    <message>
        <source>A card number finding that makes no sense</source>
        <translation>Un número de tarjeta hallado que no tiene sentido</translation>
    </message>
</context>
<context>
    <name>recbar::CardScanQueue</name>
    <message>
        <source>Speech recognition cannot start: %1</source>
        <translation>El reconocimiento de voz no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>recbar-scan did not answer</source>
        <translation>recbar-scan no respondió</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>recbar-scan stopped (exit %1)</source>
        <translation>recbar-scan se detuvo (código %1)</translation>
    </message>
    <message>
        <source>recbar-scan stopped on it (crashed, or took longer than twice its length)</source>
        <translation>recbar-scan se detuvo en ella (falló, o tardó más del doble de su duración)</translation>
    </message>
</context>
<context>
    <name>recbar::CardScanner</name>
    <message>
        <source>The recording&apos;s second channel cannot be read</source>
        <translation>No se puede leer el segundo canal de la grabación</translation>
    </message>
</context>
<context>
    <name>recbar::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>¿Confiar en este servidor?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 presents a different certificate from the one you trusted. This can mean that someone is intercepting the connection. Do not continue unless your administrator confirms the new fingerprint.</source>
        <translation>&lt;b&gt;Atención:&lt;/b&gt; %1 presenta un certificado distinto del que usted aceptó. Puede significar que alguien está interceptando la conexión. No continúe salvo que su administrador confirme la nueva huella digital.</translation>
    </message>
    <message>
        <source>%1 presents a certificate this computer does not trust. Compare its fingerprint with the one your administrator gave you.</source>
        <translation>%1 presenta un certificado en el que este equipo no confía. Compare su huella digital con la que le dio su administrador.</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>Nuevo SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 de confianza:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>My administrator confirmed the new fingerprint</source>
        <translation>Mi administrador confirmó la nueva huella digital</translation>
    </message>
</context>
<context>
    <name>recbar::CommandActions</name>
    <message>
        <source>Add call data…</source>
        <translation>Añadir datos de llamada…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>recbar::ControlClient</name>
    <message>
        <source>RecBar is not running</source>
        <translation>RecBar no se está ejecutando</translation>
    </message>
    <message>
        <source>RecBar did not answer</source>
        <translation>RecBar no respondió</translation>
    </message>
    <message>
        <source>RecBar&apos;s control socket is not safe: %1</source>
        <translation>El socket de control de RecBar no es seguro: %1</translation>
    </message>
    <message>
        <source>Refusing RecBar&apos;s control socket: %1</source>
        <translation>Se rechaza el socket de control de RecBar: %1</translation>
    </message>
</context>
<context>
    <name>recbar::ControlConnection</name>
    <message>
        <source>request too long</source>
        <translation>solicitud demasiado larga</translation>
    </message>
</context>
<context>
    <name>recbar::ControlRequest</name>
    <message>
        <source>Shown</source>
        <translation>Mostrada</translation>
    </message>
    <message>
        <source>Recordings shown</source>
        <translation>Grabaciones mostradas</translation>
    </message>
    <message>
        <source>Team board shown</source>
        <translation>Panel del equipo mostrado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done, through a silent monitoring session from your phone: you stay on the call, muted, until you hang up</source>
        <translation>Hecho, mediante una escucha silenciosa desde su teléfono: sigue en la llamada, silenciado, hasta que cuelgue</translation>
    </message>
    <message>
        <source>No confirmation from the server in time</source>
        <translation>El servidor no confirmó a tiempo</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>comando desconocido</translation>
    </message>
    <message>
        <source>Not signed in to a recording server</source>
        <translation>Sin sesión en un servidor de grabación</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>recbar::ControlServer</name>
    <message>
        <source>%1 is held by another process: %2</source>
        <translation>%1 lo tiene otro proceso: %2</translation>
    </message>
    <message>
        <source>%1 KiB resident, %2 handles, %3 objects, %4 timers; audit log: %5</source>
        <translation>%1 KiB residentes, %2 descriptores, %3 objetos, %4 temporizadores; registro de auditoría: %5</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>%1 is held by another process, which is not RecBar</source>
        <translation>%1 lo tiene otro proceso, que no es RecBar</translation>
    </message>
    <message>
        <source>The team board is for a supervisor&apos;s profile (role: supervisor)</source>
        <translation>El panel del equipo es para un perfil de supervisor (rol: supervisor)</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n on a call</source>
        <translation>
            <numerusform>, %n en llamada</numerusform>
            <numerusform>, %n en llamada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a concern</source>
        <translation>
            <numerusform>, %n con una alerta</numerusform>
            <numerusform>, %n con una alerta</numerusform>
        </translation>
    </message>
    <message>
        <source>; the last read failed: %1</source>
        <translation>; la última lectura falló: %1</translation>
    </message>
</context>
<context>
    <name>recbar::Ctl</name>
    <message>
        <source>usage: recbar ctl audit verify [FILE]</source>
        <translation>uso: recbar ctl audit verify [ARCHIVO]</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit log is broken after %n good entries. %2</source>
        <translation>
            <numerusform>%1: el registro de auditoría está roto después de %n entrada correcta. %2</numerusform>
            <numerusform>%1: el registro de auditoría está roto después de %n entradas correctas. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain is intact</source>
        <translation>
            <numerusform>%1: %n entrada, la cadena está intacta</numerusform>
            <numerusform>%1: %n entradas, la cadena está intacta</numerusform>
        </translation>
    </message>
    <message>
        <source>recbar ctl: unknown command &quot;%1&quot;</source>
        <translation>recbar ctl: comando desconocido «%1»</translation>
    </message>
    <message>
        <source>recbar ctl %1: unexpected &quot;%2&quot;</source>
        <translation>recbar ctl %1: «%2» inesperado</translation>
    </message>
    <message>
        <source>recbar: refused the link: %1</source>
        <translation>recbar: enlace rechazado: %1</translation>
    </message>
    <message>
        <source>RecBar is already running; its bar is shown.</source>
        <translation>RecBar ya se está ejecutando; se muestra su barra.</translation>
    </message>
    <message>
        <source>RecBar was not running, so the link&apos;s command was not sent. RecBar is starting now; use the link again once you are signed in.</source>
        <translation>RecBar no se estaba ejecutando, así que no se envió el comando del enlace. RecBar se está iniciando; use de nuevo el enlace cuando haya iniciado sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n keyed entries could not be checked without the keychain&apos;s key (%1)</source>
        <translation>
            <numerusform>%n entrada con clave no se pudo comprobar sin la clave del llavero (%1)</numerusform>
            <numerusform>%n entradas con clave no se pudieron comprobar sin la clave del llavero (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) torn by a crash, each noted by the entry after it</source>
        <translation>
            <numerusform>%n línea cortada por un fallo, anotada por la entrada siguiente</numerusform>
            <numerusform>%n líneas cortadas por un fallo, cada una anotada por la entrada siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries rest on the keychain&apos;s key (their HMAC was checked with it)</source>
        <translation>
            <numerusform>%n entrada se apoya en la clave del llavero (su HMAC se comprobó con ella)</numerusform>
            <numerusform>%n entradas se apoyan en la clave del llavero (su HMAC se comprobó con ella)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries do not: written before the log had a key, they are accounted for by entry %1, written with it</source>
        <translation>
            <numerusform>%n entrada no: escrita antes de que el registro tuviera clave, responde de ella la entrada %1, escrita con ella</numerusform>
            <numerusform>%n entradas no: escritas antes de que el registro tuviera clave, responde de ellas la entrada %1, escrita con ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries do not rest on any key: anyone who can write the file could have written them</source>
        <translation>
            <numerusform>%n entrada no se apoya en ninguna clave: cualquiera que pueda escribir el archivo podría haberla escrito</numerusform>
            <numerusform>%n entradas no se apoyan en ninguna clave: cualquiera que pueda escribir el archivo podría haberlas escrito</numerusform>
        </translation>
    </message>
    <message>
        <source>recbar ctl team: start AGENT, resume AGENT or show</source>
        <translation>recbar ctl team: start AGENTE, resume AGENTE o show</translation>
    </message>
    <message>
        <source>RecBar: call-recording controls for contact-center agents.

  recbar [--demo] [--minimized]     start the bar (or show the running one)
  recbar ctl status [--json]        the running bar&apos;s state
  recbar ctl start | stop | pause | resume | tag
  recbar ctl metadata KEY=VALUE...  attach call data
  recbar ctl duplicate-start | duplicate-stop | screen-start | screen-stop
  recbar ctl library                open the recordings library
  recbar ctl team [--json]          every agent&apos;s call and recording (supervisors)
  recbar ctl team start | resume AGENT   record that agent&apos;s call; end their pause
  recbar ctl team show              open the team window
  recbar ctl diagnostics [--json]   memory, handles, objects and timers held
  recbar ctl audit verify [FILE]    check the audit log&apos;s chain (no running bar needed)
  recbar scan [--json] FILE|FOLDER... spoken card numbers in recordings (no bar needed)
  recbar recbar:pause               a link&apos;s command (show, start, stop, pause, resume,
                                    tag, metadata?KEY=VALUE&amp;...) to the running bar

ctl commands wait until the server confirms them. Exit codes: 0 done, 1 refused or
failed, 2 bad usage, 3 RecBar is not running.</source>
        <translation>RecBar: controles de grabación de llamadas para agentes de centros de contacto.

  recbar [--demo] [--minimized]     inicia la barra (o muestra la que ya está abierta)
  recbar ctl status [--json]        el estado de la barra en ejecución
  recbar ctl start | stop | pause | resume | tag
  recbar ctl metadata CLAVE=VALOR...  adjunta datos de llamada
  recbar ctl duplicate-start | duplicate-stop | screen-start | screen-stop
  recbar ctl library                abre la biblioteca de grabaciones
  recbar ctl team [--json]          la llamada y la grabación de cada agente (supervisores)
  recbar ctl team start | resume AGENTE  graba la llamada de ese agente; termina su pausa
  recbar ctl team show              abre la ventana del equipo
  recbar ctl diagnostics [--json]   memoria, descriptores, objetos y temporizadores en uso
  recbar ctl audit verify [ARCHIVO] comprueba la cadena del registro de auditoría (sin barra)
  recbar scan [--json] ARCHIVO|CARPETA... números de tarjeta dichos en grabaciones (sin barra)
  recbar recbar:pause               el comando de un enlace (show, start, stop, pause, resume,
                                    tag, metadata?CLAVE=VALOR&amp;...) para la barra en ejecución

Los comandos ctl esperan a que el servidor los confirme. Códigos de salida: 0 hecho,
1 rechazado o fallido, 2 uso incorrecto, 3 RecBar no se está ejecutando.</translation>
    </message>
</context>
<context>
    <name>recbar::DeleteConfirmation</name>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>the call with %1</source>
        <translation>la llamada con %1</translation>
    </message>
    <message>
        <source>the call with %1, started at %2 (%3 so far)</source>
        <translation>la llamada con %1, iniciada a las %2 (%3 hasta ahora)</translation>
    </message>
    <message>
        <source>The audio and screen recording of %1 will be deleted</source>
        <translation>Se eliminarán la grabación de audio y de pantalla de %1</translation>
    </message>
    <message>
        <source>%1, with its call data (%2)</source>
        <translation>%1, con sus datos de llamada (%2)</translation>
    </message>
    <message>
        <source>%1. Only the basic contact record (time and numbers) is kept. This cannot be undone, and the call cannot be recorded again.</source>
        <translation>%1. Solo se conserva el registro básico del contacto (hora y números). No se puede deshacer y la llamada no se puede volver a grabar.</translation>
    </message>
    <message>
        <source>Delete this call&apos;s recording?</source>
        <translation>¿Eliminar la grabación de esta llamada?</translation>
    </message>
    <message>
        <source>Keep the recording</source>
        <translation>Conservar la grabación</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Eliminar la grabación</translation>
    </message>
</context>
<context>
    <name>recbar::DigitSpotter</name>
    <message>
        <source>Cannot make a temporary folder for the speech model</source>
        <translation>No se puede crear una carpeta temporal para el modelo de voz</translation>
    </message>
    <message>
        <source>Cannot write the speech model to %1</source>
        <translation>No se puede escribir el modelo de voz en %1</translation>
    </message>
    <message>
        <source>The speech model is not installed (looked in %1): install pocketsphinx-en-us</source>
        <translation>El modelo de voz no está instalado (se buscó en %1): instale pocketsphinx-en-us</translation>
    </message>
    <message>
        <source>The speech recogniser refused its settings</source>
        <translation>El reconocedor de voz rechazó su configuración</translation>
    </message>
    <message>
        <source>The speech model in %1 cannot be loaded</source>
        <translation>No se puede cargar el modelo de voz de %1</translation>
    </message>
    <message>
        <source>The speech model in %1 cannot be loaded again</source>
        <translation>No se puede volver a cargar el modelo de voz de %1</translation>
    </message>
</context>
<context>
    <name>recbar::Finesse</name>
    <message>
        <source>Finesse can only start a recording</source>
        <translation>Finesse solo puede iniciar una grabación</translation>
    </message>
    <message>
        <source>Finesse starts recordings on Unified CCX only</source>
        <translation>Finesse inicia grabaciones solo en Unified CCX</translation>
    </message>
    <message>
        <source>there is no call to record</source>
        <translation>no hay ninguna llamada que grabar</translation>
    </message>
    <message>
        <source>Enter the notification service as wss://host:8445/ws</source>
        <translation>Indique el servicio de notificaciones como wss://host:8445/ws</translation>
    </message>
    <message>
        <source>Enter a keep-alive between %1 and %2 seconds</source>
        <translation>Indique un mantenimiento de conexión entre %1 y %2 segundos</translation>
    </message>
    <message>
        <source>the server did not name its notification domain</source>
        <translation>el servidor no indicó su dominio de notificaciones</translation>
    </message>
    <message>
        <source>%1 is not encrypted and the profile does not allow that</source>
        <translation>%1 no está cifrado y el perfil no lo permite</translation>
    </message>
    <message>
        <source>this build of RecBar has no WebSocket support</source>
        <translation>esta compilación de RecBar no admite WebSocket</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Actualizaciones en vivo</translation>
    </message>
    <message>
        <source>Pushed by the notification service</source>
        <translation>Enviadas por el servicio de notificaciones</translation>
    </message>
    <message>
        <source>Read every few seconds</source>
        <translation>Leídas cada pocos segundos</translation>
    </message>
    <message>
        <source>Notification service address</source>
        <translation>Dirección del servicio de notificaciones</translation>
    </message>
    <message>
        <source>wss://&lt;Finesse host&gt;:8445/ws</source>
        <translation>wss://&lt;servidor Finesse&gt;:8445/ws</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every (s):</source>
        <translation>&amp;Mantener conexión cada (s):</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>Intervalo de mantenimiento de conexión en segundos</translation>
    </message>
    <message>
        <source>Live updates:</source>
        <translation>Actualizaciones en vivo:</translation>
    </message>
    <message>
        <source>Notification service:</source>
        <translation>Servicio de notificaciones:</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s address as https://host:8553/…</source>
        <translation>Introduzca la dirección del servicio de identidad como https://host:8553/…</translation>
    </message>
    <message>
        <source>Finesse did not say how this user signs in</source>
        <translation>Finesse no dijo cómo inicia sesión este usuario</translation>
    </message>
    <message>
        <source>Finesse&apos;s SystemInfo could not be read</source>
        <translation>No se pudo leer el SystemInfo de Finesse</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>Whatever Finesse says</source>
        <translation>Lo que diga Finesse</translation>
    </message>
    <message>
        <source>A password</source>
        <translation>Una contraseña</translation>
    </message>
    <message>
        <source>Single sign-on (the browser)</source>
        <translation>Inicio de sesión único (el navegador)</translation>
    </message>
    <message>
        <source>Identity service sign-in:</source>
        <translation>Inicio de sesión del servicio de identidad:</translation>
    </message>
    <message>
        <source>Identity service authorization address</source>
        <translation>Dirección de autorización del servicio de identidad</translation>
    </message>
    <message>
        <source>https://&lt;Finesse host&gt;:8553/ids/v1/oauth/authorize</source>
        <translation>https://&lt;host de Finesse&gt;:8553/ids/v1/oauth/authorize</translation>
    </message>
    <message>
        <source>Identity service tokens:</source>
        <translation>Tokens del servicio de identidad:</translation>
    </message>
    <message>
        <source>Identity service token address</source>
        <translation>Dirección de tokens del servicio de identidad</translation>
    </message>
    <message>
        <source>https://&lt;Finesse host&gt;:8553/ids/v1/oauth/token</source>
        <translation>https://&lt;host de Finesse&gt;:8553/ids/v1/oauth/token</translation>
    </message>
    <message>
        <source>Identity service revocation:</source>
        <translation>Revocación del servicio de identidad:</translation>
    </message>
    <message>
        <source>Identity service revocation address</source>
        <translation>Dirección de revocación del servicio de identidad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Id de cliente:</translation>
    </message>
    <message>
        <source>Identity service client id</source>
        <translation>Id de cliente del servicio de identidad</translation>
    </message>
    <message>
        <source>from your administrator</source>
        <translation>de su administrador</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Identity service client secret</source>
        <translation>Secreto de cliente del servicio de identidad</translation>
    </message>
    <message>
        <source>only if your administrator gives one</source>
        <translation>solo si su administrador le da uno</translation>
    </message>
</context>
<context>
    <name>recbar::FinesseNotifications</name>
    <message>
        <source>the notification service answered HTTP %1, not a WebSocket</source>
        <translation>el servicio de notificaciones respondió HTTP %1, no un WebSocket</translation>
    </message>
    <message>
        <source>the notification service refused the connection</source>
        <translation>el servicio de notificaciones rechazó la conexión</translation>
    </message>
    <message>
        <source>the notification service closed the connection</source>
        <translation>el servicio de notificaciones cerró la conexión</translation>
    </message>
    <message>
        <source>the notification service&apos;s host was not found</source>
        <translation>no se encontró el servidor del servicio de notificaciones</translation>
    </message>
    <message numerus="yes">
        <source>no answer to a keep-alive within %n s</source>
        <translation>
            <numerusform>sin respuesta al mantenimiento de conexión en %n s</numerusform>
            <numerusform>sin respuesta al mantenimiento de conexión en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the notification service did not answer within %n s</source>
        <translation>
            <numerusform>el servicio de notificaciones no respondió en %n s</numerusform>
            <numerusform>el servicio de notificaciones no respondió en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>its certificate is not the one trusted for this server</source>
        <translation>su certificado no es el de confianza para este servidor</translation>
    </message>
    <message>
        <source>the notification service sent binary data</source>
        <translation>el servicio de notificaciones envió datos binarios</translation>
    </message>
    <message>
        <source>its certificate is not trusted (%1)</source>
        <translation>su certificado no es de confianza (%1)</translation>
    </message>
    <message>
        <source>the notification service ended the stream</source>
        <translation>el servicio de notificaciones terminó el flujo</translation>
    </message>
    <message>
        <source>the notification service reported a stream error (%1)</source>
        <translation>el servicio de notificaciones informó de un error de flujo (%1)</translation>
    </message>
    <message>
        <source>the notification service refused the sign-in (%1)</source>
        <translation>el servicio de notificaciones rechazó el inicio de sesión (%1)</translation>
    </message>
    <message>
        <source>the notification service offers no password sign-in (SASL PLAIN)</source>
        <translation>el servicio de notificaciones no ofrece inicio de sesión con contraseña (SASL PLAIN)</translation>
    </message>
    <message>
        <source>the notification service offers no resource binding</source>
        <translation>el servicio de notificaciones no ofrece vinculación de recurso</translation>
    </message>
    <message>
        <source>the notification service refused the resource (%1)</source>
        <translation>el servicio de notificaciones rechazó el recurso (%1)</translation>
    </message>
    <message>
        <source>the notification service bound no address</source>
        <translation>el servicio de notificaciones no asignó ninguna dirección</translation>
    </message>
    <message>
        <source>the notification service refused the subscription (%1)</source>
        <translation>el servicio de notificaciones rechazó la suscripción (%1)</translation>
    </message>
</context>
<context>
    <name>recbar::FolderScanner</name>
    <message>
        <source>%1: the sidecar is not JSON (%2)</source>
        <translation>%1: el archivo adjunto no es JSON (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
</context>
<context>
    <name>recbar::FoldersDialog</name>
    <message>
        <source>Folders of recordings</source>
        <translation>Carpetas de grabaciones</translation>
    </message>
    <message>
        <source>RecBar reads these folders and the folders inside them, and watches them for new recordings.</source>
        <translation>RecBar lee estas carpetas y las carpetas que contienen, y las vigila por si llegan grabaciones nuevas.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegibles</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ocultos</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Reads every file of the folder again</source>
        <translation>Vuelve a leer todos los archivos de la carpeta</translation>
    </message>
    <message>
        <source>The folder&apos;s recordings leave the library; its files stay</source>
        <translation>Las grabaciones de la carpeta salen de la biblioteca; sus archivos se quedan</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>Añadir una carpeta de grabaciones</translation>
    </message>
    <message>
        <source>reading, %1 of %2</source>
        <translation>leyendo, %1 de %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún sin leer</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Ilegible: %1</translation>
    </message>
    <message>
        <source>Hidden, left out: %1</source>
        <translation>Oculto, omitido: %1</translation>
    </message>
    <message>
        <source>Remove the folder?</source>
        <translation>¿Quitar la carpeta?</translation>
    </message>
    <message>
        <source>Remove %1 from the library?</source>
        <translation>¿Quitar %1 de la biblioteca?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n recording(s) leave the list, with the notes and tags written for them. The files stay where they are.</source>
        <translation>
            <numerusform>Su grabación sale de la lista, con las notas y etiquetas escritas para ella. Los archivos se quedan donde están.</numerusform>
            <numerusform>Sus %n grabaciones salen de la lista, con las notas y etiquetas escritas para ellas. Los archivos se quedan donde están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its recordings leave the list, with the notes and tags written for them. The files stay where they are.</source>
        <translation>Sus grabaciones salen de la lista, con las notas y etiquetas escritas para ellas. Los archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>recbar::HttpSession</name>
    <message>
        <source>more than %1 KiB</source>
        <translation>más de %1 KiB</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 KiB announced, at most %2 KiB read</source>
        <translation>%1 KiB anunciados, se leen como máximo %2 KiB</translation>
    </message>
</context>
<context>
    <name>recbar::Imagicle</name>
    <message>
        <source>set your extension in the profile to pause a recording this bar did not start</source>
        <translation>indique su extensión en el perfil para pausar una grabación que esta barra no inició</translation>
    </message>
    <message>
        <source>this bar did not start the recording on this call, and Imagicle stops a recording only by the id its start returned</source>
        <translation>esta barra no inició la grabación de esta llamada, e Imagicle solo detiene una grabación por el id que devolvió su inicio</translation>
    </message>
    <message>
        <source>E&amp;xtension (line):</source>
        <translation>E&amp;xtensión (línea):</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>the user&apos;s own line</source>
        <translation>la línea propia del usuario</translation>
    </message>
</context>
<context>
    <name>recbar::Library</name>
    <message>
        <source>Cannot create the library&apos;s folders</source>
        <translation>No se pueden crear las carpetas de la biblioteca</translation>
    </message>
    <message>
        <source>Signed out before the download finished</source>
        <translation>Se cerró la sesión antes de terminar la descarga</translation>
    </message>
    <message>
        <source>Cannot save the download in %1: %2</source>
        <translation>No se puede guardar la descarga en %1: %2</translation>
    </message>
    <message>
        <source>The server sent an empty file</source>
        <translation>El servidor envió un archivo vacío</translation>
    </message>
    <message>
        <source>The download stopped after %1 of %2 bytes</source>
        <translation>La descarga se detuvo tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>The downloaded file is not playable: %1</source>
        <translation>El archivo descargado no se puede reproducir: %1</translation>
    </message>
    <message>
        <source>Cannot move the download into place</source>
        <translation>No se puede colocar la descarga en su sitio</translation>
    </message>
    <message>
        <source>This recording cannot be fetched from the current server</source>
        <translation>Esta grabación no se puede obtener del servidor actual</translation>
    </message>
    <message>
        <source>The server&apos;s file name is not usable</source>
        <translation>El nombre de archivo del servidor no se puede usar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied</source>
        <translation>
            <numerusform>%n grabación copiada</numerusform>
            <numerusform>%n grabaciones copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not on disk (listed in the CSV without a file)</source>
        <translation>
            <numerusform>; %n no está en el disco (aparece en el CSV sin archivo)</numerusform>
            <numerusform>; %n no están en el disco (aparecen en el CSV sin archivo)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not copied: %1</source>
        <translation>; no copiado: %1</translation>
    </message>
</context>
<context>
    <name>recbar::LibraryModel</name>
    <message>
        <source>In</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En el disco</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>The file ends before its header says it does: it was cut off; what is there plays</source>
        <translation>El archivo termina antes de lo que dice su cabecera: se cortó; lo que hay se reproduce</translation>
    </message>
    <message>
        <source>The file cannot be read as audio</source>
        <translation>El archivo no se puede leer como audio</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Cortado</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegibles</translation>
    </message>
    <message>
        <source>Not scanned for spoken card numbers yet</source>
        <translation>Aún no escuchada en busca de números de tarjeta</translation>
    </message>
    <message>
        <source>Heard outside a pause</source>
        <translation>Oído fuera de pausa</translation>
    </message>
    <message>
        <source>Kept out by a pause</source>
        <translation>Excluido por una pausa</translation>
    </message>
    <message>
        <source>None heard</source>
        <translation>Ninguno oído</translation>
    </message>
    <message numerus="yes">
        <source>A card number was heard %n time(s) while recording ran</source>
        <translation>
            <numerusform>Se oyó un número de tarjeta %n vez durante la grabación</numerusform>
            <numerusform>Se oyó un número de tarjeta %n veces durante la grabación</numerusform>
        </translation>
    </message>
    <message>
        <source>A card number was spoken only while the recording was paused</source>
        <translation>Un número de tarjeta solo se dijo con la grabación en pausa</translation>
    </message>
    <message>
        <source>No spoken card number was heard</source>
        <translation>No se oyó ningún número de tarjeta dicho</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
</context>
<context>
    <name>recbar::LibraryWindow</name>
    <message>
        <source>RecBar recordings</source>
        <translation>Grabaciones de RecBar</translation>
    </message>
    <message>
        <source>Recordings library</source>
        <translation>Biblioteca de grabaciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>Añadir una carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Refresh from the server</source>
        <translation>Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>Reading the server&apos;s recordings…</source>
        <translation>Leyendo las grabaciones del servidor…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exportar selección…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Ambos sentidos</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Datos de llamada</translation>
    </message>
    <message>
        <source>Paused only</source>
        <translation>Solo con pausas</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>Recording details</source>
        <translation>Detalles de la grabación</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes. A line like &quot;1:23 customer upset&quot; marks that moment.</source>
        <translation>Notas. Una línea como «1:23 cliente molesto» marca ese momento.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargada</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <source>The server&apos;s list could not be read: %1</source>
        <translation>No se pudo leer la lista del servidor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) on the server</source>
        <translation>
            <numerusform>%n grabación en el servidor</numerusform>
            <numerusform>%n grabaciones en el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recording(s)</source>
        <translation>
            <numerusform>%1: %n grabación</numerusform>
            <numerusform>%1: %n grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation>Ninguna grabación seleccionada</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Fetching the recording from the server…</source>
        <translation>Obteniendo la grabación del servidor…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Select the recordings to export first</source>
        <translation>Seleccione primero las grabaciones que quiere exportar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Could not save: nothing was changed</source>
        <translation>No se pudo guardar: no se cambió nada</translation>
    </message>
    <message>
        <source>Search numbers, agents, tags, call data, notes, file names</source>
        <translation>Buscar números, agentes, etiquetas, datos de llamada, notas, nombres de archivo</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marcar como &amp;revisada</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Reviewed by %1, %2</source>
        <translation>Revisada por %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) marked reviewed</source>
        <translation>
            <numerusform>%n grabación marcada como revisada</numerusform>
            <numerusform>%n grabaciones marcadas como revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) marked not reviewed</source>
        <translation>
            <numerusform>%n grabación marcada como sin revisar</numerusform>
            <numerusform>%n grabaciones marcadas como sin revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold %1 in all</source>
        <translation>En espera %1 en total</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>Carpetas…</translation>
    </message>
    <message>
        <source>Recordings the recorder says were paused; silence in the audio is not a pause</source>
        <translation>Grabaciones que el grabador dice que se pausaron; el silencio en el audio no es una pausa</translation>
    </message>
    <message>
        <source>Recordings shown</source>
        <translation>Grabaciones mostradas</translation>
    </message>
    <message>
        <source>Folder scan</source>
        <translation>Lectura de carpetas</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n grabación</numerusform>
            <numerusform>%n grabaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recording(s)</source>
        <translation>
            <numerusform>%1 de %n grabación</numerusform>
            <numerusform>%1 de %n grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Puts down who reviewed the selected recordings, and when</source>
        <translation>Anota quién revisó las grabaciones seleccionadas, y cuándo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Notes and tags are saved as you type; this saves them at once (Ctrl+S)</source>
        <translation>Las notas y etiquetas se guardan mientras escribe; esto las guarda al instante (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reviewed ✓</source>
        <translation>Revisada ✓</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Descargar de nuevo</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <source>Reading folders: %1</source>
        <translation>Leyendo carpetas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recording(s), %2 unreadable (see Folders…)</source>
        <translation>
            <numerusform>%1: %n grabación, %2 ilegibles (vea Carpetas…)</numerusform>
            <numerusform>%1: %n grabaciones, %2 ilegibles (vea Carpetas…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut off: the file ends before its header says it does</source>
        <translation>Cortado: el archivo termina antes de lo que dice su cabecera</translation>
    </message>
    <message>
        <source>Unreadable: the file is not audio RecBar can read</source>
        <translation>Ilegible: el archivo no es audio que RecBar pueda leer</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>En pausa %n vez, %1 en total</numerusform>
            <numerusform>En pausa %n veces, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes and tags could not be saved; they are kept here and saved as soon as the library allows</source>
        <translation>No se pudieron guardar las notas y etiquetas; se conservan aquí y se guardan en cuanto la biblioteca lo permita</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) left the library before their notes could be saved</source>
        <translation>
            <numerusform>%n grabación salió de la biblioteca antes de que se guardaran sus notas</numerusform>
            <numerusform>%n grabaciones salieron de la biblioteca antes de que se guardaran sus notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes and tags saved</source>
        <translation>Notas y etiquetas guardadas</translation>
    </message>
    <message>
        <source>Scan for card numbers</source>
        <translation>Buscar números de tarjeta</translation>
    </message>
    <message>
        <source>Scan new recordings</source>
        <translation>Analizar las grabaciones nuevas</translation>
    </message>
    <message>
        <source>Listens to the selected recordings (with none selected, every one listed) for spoken card numbers, on this computer; only the count of digits and the last four are kept</source>
        <translation>Escucha las grabaciones seleccionadas (sin selección, todas las de la lista) en busca de números de tarjeta dichos, en este equipo; solo se guardan el número de dígitos y los cuatro últimos</translation>
    </message>
    <message>
        <source>This RecBar was built without speech recognition</source>
        <translation>Este RecBar se compiló sin reconocimiento de voz</translation>
    </message>
    <message>
        <source>Card number heard outside a pause</source>
        <translation>Número de tarjeta oído fuera de pausa</translation>
    </message>
    <message>
        <source>Recordings in which a scan heard a card number read out while recording ran</source>
        <translation>Grabaciones en las que el análisis oyó un número de tarjeta leído durante la grabación</translation>
    </message>
    <message>
        <source>Card number scan</source>
        <translation>Búsqueda de números de tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stops listening for card numbers; what was heard is kept</source>
        <translation>Deja de escuchar; lo oído se conserva</translation>
    </message>
    <message>
        <source>Cancel the card number scan</source>
        <translation>Cancelar la búsqueda de números de tarjeta</translation>
    </message>
    <message>
        <source>Card numbers: %1 of %2</source>
        <translation>Números de tarjeta: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>No card number heard outside a pause in %n recording(s)</source>
        <translation>
            <numerusform>Ningún número de tarjeta oído fuera de pausa en %n grabación</numerusform>
            <numerusform>Ningún número de tarjeta oído fuera de pausa en %n grabaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card number was heard outside a pause in %1 of %n recording(s)</source>
        <translation>
            <numerusform>Se oyó un número de tarjeta fuera de pausa en %1 de %n grabación</numerusform>
            <numerusform>Se oyó un número de tarjeta fuera de pausa en %1 de %n grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Detenido. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be scanned: %1</source>
        <translation>
            <numerusform>%n no se pudo analizar: %1</numerusform>
            <numerusform>%n no se pudieron analizar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no recording to scan</source>
        <translation>No hay ninguna grabación que analizar</translation>
    </message>
    <message>
        <source>Hear card number</source>
        <translation>Oír el número</translation>
    </message>
    <message>
        <source>Plays from the next spoken card number a scan heard</source>
        <translation>Reproduce desde el siguiente número de tarjeta que oyó el análisis</translation>
    </message>
    <message>
        <source>No card number heard (scanned %1)</source>
        <translation>Ningún número de tarjeta oído (analizada el %1)</translation>
    </message>
    <message>
        <source>Click to hear it</source>
        <translation>Haga clic para oírlo</translation>
    </message>
    <message>
        <source>Listens for spoken card numbers in every recording not scanned yet, then in each one as it arrives in the library</source>
        <translation>Escucha cada grabación aún no analizada, y luego cada una al llegar a la biblioteca, en busca de números de tarjeta dichos</translation>
    </message>
    <message numerus="yes">
        <source>%n not on disk (download them to scan them)</source>
        <translation>
            <numerusform>%n no está en el disco (descárguela para analizarla)</numerusform>
            <numerusform>%n no están en el disco (descárguelas para analizarlas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recbar::LocalPeer</name>
    <message>
        <source>the connection has no descriptor to check</source>
        <translation>la conexión no tiene un descriptor que comprobar</translation>
    </message>
    <message>
        <source>the other end cannot be identified (%1)</source>
        <translation>no se puede identificar el otro extremo (%1)</translation>
    </message>
    <message>
        <source>the other end runs as another user (uid %1)</source>
        <translation>el otro extremo se ejecuta como otro usuario (uid %1)</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2)</source>
        <translation>%1 no se puede crear (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2)</source>
        <translation>%1 pertenece a otro usuario (uid %2)</translation>
    </message>
    <message>
        <source>%1 is open to other users (mode %2)</source>
        <translation>%1 está abierta a otros usuarios (modo %2)</translation>
    </message>
    <message>
        <source>the other end cannot be identified (error %1)</source>
        <translation>no se puede identificar el otro extremo (error %1)</translation>
    </message>
    <message>
        <source>the other end runs as another user</source>
        <translation>el otro extremo se ejecuta como otro usuario</translation>
    </message>
    <message>
        <source>%1 cannot be put in place (%2)</source>
        <translation>%1 no se puede colocar (%2)</translation>
    </message>
    <message>
        <source>%1 is already held by another process (error %2)</source>
        <translation>%1 ya lo tiene otro proceso (error %2)</translation>
    </message>
</context>
<context>
    <name>recbar::LoopbackRedirect</name>
    <message>
        <source>RecBar could not listen for the browser&apos;s return on this computer (%1)</source>
        <translation>RecBar no pudo esperar el regreso del navegador en este equipo (%1)</translation>
    </message>
    <message>
        <source>The browser&apos;s return to RecBar was too large to be a sign-in</source>
        <translation>El regreso del navegador a RecBar era demasiado grande para ser un inicio de sesión</translation>
    </message>
    <message>
        <source>Something other than the browser&apos;s return from the sign-in reached RecBar&apos;s sign-in listener; nothing was signed in</source>
        <translation>Algo distinto del regreso del navegador tras el inicio de sesión llegó a la escucha de RecBar; no se inició ninguna sesión</translation>
    </message>
</context>
<context>
    <name>recbar::PlayerEngine</name>
    <message>
        <source>The audio output failed</source>
        <translation>Falló la salida de audio</translation>
    </message>
</context>
<context>
    <name>recbar::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Retroceder 5 segundos (Izquierda)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Avanzar 5 segundos (Derecha)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Loop the selection</source>
        <translation>Repetir la selección</translation>
    </message>
    <message>
        <source>Loop the selected span (L); drag on the waveform to select</source>
        <translation>Repetir el tramo seleccionado (L); arrastre sobre la forma de onda para seleccionarlo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Speed ([ slower, ] faster); the pitch stays</source>
        <translation>Velocidad ([ más lenta, ] más rápida); el tono se mantiene</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume (Up, Down)</source>
        <translation>Volumen (Arriba, Abajo)</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Mensaje del reproductor</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Elija una grabación</translation>
    </message>
    <message>
        <source>The audio is on the server: download it to play it</source>
        <translation>El audio está en el servidor: descárguelo para reproducirlo</translation>
    </message>
    <message>
        <source>This recording cannot be played</source>
        <translation>Esta grabación no se puede reproducir</translation>
    </message>
    <message>
        <source>The file is shorter than its header says: it was cut off; what is there plays</source>
        <translation>El archivo es más corto de lo que indica su cabecera: se cortó; se reproduce lo que hay</translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation>Leyendo la forma de onda…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sides heard</source>
        <translation>Lados que se oyen</translation>
    </message>
    <message>
        <source>A two-channel recording has one party on each side</source>
        <translation>Una grabación de dos canales tiene a cada interlocutor en un lado</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Balance between the sides</source>
        <translation>Balance entre los lados</translation>
    </message>
    <message>
        <source>Hear:</source>
        <translation>Oír:</translation>
    </message>
    <message>
        <source>&amp;Skip silence</source>
        <translation>&amp;Saltar silencios</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Saltar silencios</translation>
    </message>
    <message>
        <source>Jump over stretches without speech, pauses and hold (S)</source>
        <translation>Saltar tramos sin voz, pausas y esperas (S)</translation>
    </message>
    <message>
        <source>longer than </source>
        <translation>de más de </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Shortest stretch skipped</source>
        <translation>Tramo más corto que se salta</translation>
    </message>
    <message>
        <source>Lean towards the left side or the right</source>
        <translation>Inclinar hacia el lado izquierdo o el derecho</translation>
    </message>
    <message>
        <source>Agent only (left)</source>
        <translation>Solo el agente (izquierda)</translation>
    </message>
    <message>
        <source>Agent only (right)</source>
        <translation>Solo el agente (derecha)</translation>
    </message>
    <message>
        <source>Customer only (left)</source>
        <translation>Solo el cliente (izquierda)</translation>
    </message>
    <message>
        <source>Customer only (right)</source>
        <translation>Solo el cliente (derecha)</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo el lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo el lado derecho</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
</context>
<context>
    <name>recbar::ProfileForm</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Recordings list</source>
        <translation>Lista de grabaciones</translation>
    </message>
    <message>
        <source>the same server</source>
        <translation>el mismo servidor</translation>
    </message>
    <message>
        <source>Allow the password over plain HTTP (unencrypted)</source>
        <translation>Permitir enviar la contraseña por HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Start recording when a call is answered (always on)</source>
        <translation>Iniciar la grabación al contestar una llamada (siempre activa)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Recording control</source>
        <translation>Control de grabación</translation>
    </message>
    <message>
        <source>Call-state source</source>
        <translation>Fuente del estado de llamada</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Call-state server address</source>
        <translation>Dirección del servidor de estado de llamada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>Permitir HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Siempre activa</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>Recording &amp;control:</source>
        <translation>&amp;Control de grabación:</translation>
    </message>
    <message>
        <source>Recordings &amp;list from:</source>
        <translation>&amp;Lista de grabaciones desde:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Status read when &amp;idle every:</source>
        <translation>Leer el estado en re&amp;poso cada:</translation>
    </message>
    <message>
        <source>Auto-&amp;resume a pause after:</source>
        <translation>&amp;Reanudar una pausa automáticamente tras:</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Problemas con el perfil</translation>
    </message>
    <message>
        <source>One server does both.</source>
        <translation>Un solo servidor hace ambas cosas.</translation>
    </message>
    <message>
        <source>the same user</source>
        <translation>el mismo usuario</translation>
    </message>
    <message>
        <source>User name on the call-state server</source>
        <translation>Nombre de usuario en el servidor de estado de llamada</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocido)</translation>
    </message>
    <message>
        <source>%1 carries the commands; %2 tells the call state.
Their recording state comes from the answers to your commands.</source>
        <translation>%1 lleva las órdenes; %2 indica el estado de la llamada.
Su estado de grabación sale de las respuestas a sus órdenes.</translation>
    </message>
    <message>
        <source>Ask before stopping or restarting a recording</source>
        <translation>Preguntar antes de detener o reiniciar una grabación</translation>
    </message>
    <message>
        <source>Ask before stopping</source>
        <translation>Preguntar antes de detener</translation>
    </message>
    <message>
        <source>Call s&amp;tate from:</source>
        <translation>Es&amp;tado de llamada desde:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Call-state s&amp;erver:</source>
        <translation>S&amp;ervidor del estado de llamada:</translation>
    </message>
    <message>
        <source>User name t&amp;here:</source>
        <translation>Usuario a&amp;llí:</translation>
    </message>
    <message>
        <source>Status read &amp;on a call every:</source>
        <translation>Leer el estado en &amp;llamada cada:</translation>
    </message>
</context>
<context>
    <name>recbar::Qm</name>
    <message>
        <source>Enter your QM user id (sender_id)</source>
        <translation>Escriba su id de usuario de QM (sender_id)</translation>
    </message>
    <message>
        <source>Enter the peripheral id, e.g. 5001</source>
        <translation>Escriba el id de periférico, p. ej. 5001</translation>
    </message>
    <message>
        <source>the QM server asks for a password, which QM Recording Controls do not use: RecBar sends none</source>
        <translation>el servidor QM pide una contraseña, que QM Recording Controls no utiliza: RecBar no envía ninguna</translation>
    </message>
    <message>
        <source>QM user id</source>
        <translation>Id de usuario QM</translation>
    </message>
    <message>
        <source>Peripheral id</source>
        <translation>Id de periférico</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>E&amp;xtensión:</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>the server&apos;s own record</source>
        <translation>el registro propio del servidor</translation>
    </message>
    <message>
        <source>QM recording type</source>
        <translation>Tipo de grabación QM</translation>
    </message>
    <message>
        <source>Agent recording (desktop, network or server)</source>
        <translation>Grabación de agente (escritorio, red o servidor)</translation>
    </message>
    <message>
        <source>Gateway recording (e.g. MediaSense)</source>
        <translation>Grabación en pasarela (p. ej. MediaSense)</translation>
    </message>
    <message>
        <source>&amp;QM user id (sender_id):</source>
        <translation>Id de usuario de &amp;QM (sender_id):</translation>
    </message>
    <message>
        <source>Peripheral id:</source>
        <translation>Id de periférico:</translation>
    </message>
    <message>
        <source>QM recording:</source>
        <translation>Grabación QM:</translation>
    </message>
    <message>
        <source>from your administrator; not your extension</source>
        <translation>se lo da su administrador; no es su extensión</translation>
    </message>
</context>
<context>
    <name>recbar::RecBarApp</name>
    <message>
        <source>RecBar</source>
        <translation>RecBar</translation>
    </message>
    <message>
        <source>The recordings library cannot be opened: %1</source>
        <translation>No se puede abrir la biblioteca de grabaciones: %1</translation>
    </message>
    <message>
        <source>Welcome to RecBar. Sign in to your recording server.</source>
        <translation>Bienvenido a RecBar. Inicie sesión en su servidor de grabación.</translation>
    </message>
    <message>
        <source>--demo-server takes a recsim on this machine, such as http://127.0.0.1:8080</source>
        <translation>--demo-server acepta un recsim en este equipo, como http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Demo (recsim)</source>
        <translation>Demostración (recsim)</translation>
    </message>
    <message>
        <source>A link was refused: %1</source>
        <translation>Se rechazó un enlace: %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1. Your commands still work, but are not recorded there.</source>
        <translation>No se puede escribir el registro de auditoría: %1. Sus órdenes siguen funcionando, pero no quedan registradas en él.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>ok (not keyed: no keychain)</source>
        <translation>correcto (sin clave: no hay llavero)</translation>
    </message>
    <message>
        <source>recbar ctl and recbar: links do not reach this bar: %1</source>
        <translation>recbar ctl y los enlaces recbar: no llegan a esta barra: %1</translation>
    </message>
    <message>
        <source>A recbar: link on a web page asked: %1</source>
        <translation>Un enlace recbar: de una página web pidió: %1</translation>
    </message>
    <message>
        <source>--demo-kind takes recording-api or finesse</source>
        <translation>--demo-kind admite recording-api o finesse</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>No se pudo iniciar la demostración.</translation>
    </message>
    <message>
        <source>Audit log: %1. Your commands still work.</source>
        <translation>Registro de auditoría: %1. Sus órdenes siguen funcionando.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent</source>
        <translation>Sin sesión iniciada: no se envió nada</translation>
    </message>
    <message>
        <source>A stopped recording cannot be continued: Record starts a new one</source>
        <translation>Una grabación detenida no se puede continuar: Grabar inicia una nueva</translation>
    </message>
    <message>
        <source>This server cannot take it back</source>
        <translation>Este servidor no puede deshacerlo</translation>
    </message>
    <message>
        <source>It cannot be taken back</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Stop recording this call?</source>
        <translation>¿Detener la grabación de esta llamada?</translation>
    </message>
    <message>
        <source>Discard what was recorded of this call and record it again?</source>
        <translation>¿Descartar lo grabado de esta llamada y volver a grabarla?</translation>
    </message>
    <message>
        <source>Don&apos;t stop</source>
        <translation>No detener</translation>
    </message>
    <message>
        <source>Don&apos;t restart</source>
        <translation>No volver a empezar</translation>
    </message>
    <message>
        <source>--demo-role takes agent or supervisor</source>
        <translation>--demo-role admite agent o supervisor</translation>
    </message>
    <message>
        <source>A link&apos;s command failed: %1</source>
        <translation>El comando de un enlace falló: %1</translation>
    </message>
    <message>
        <source>--demo-auth takes password, or sso with the finesse kind</source>
        <translation>--demo-auth admite password, o sso con el tipo finesse</translation>
    </message>
    <message>
        <source>RecBar could not open your browser: the sign-in page&apos;s address is on the clipboard. Paste it into your browser.</source>
        <translation>RecBar no pudo abrir su navegador: la dirección de la página de inicio de sesión está en el portapapeles. Péguela en su navegador.</translation>
    </message>
    <message>
        <source>another RecBar is already running</source>
        <translation>ya se está ejecutando otro RecBar</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingApi</name>
    <message>
        <source>Choose how the Recording API identifies the agent</source>
        <translation>Elija cómo identifica la Recording API al agente</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s identifier for the Recording API</source>
        <translation>Escriba el identificador del agente para la Recording API</translation>
    </message>
    <message>
        <source>The Recording API has no such command</source>
        <translation>La Recording API no tiene ese comando</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place on this server: the Recording API keeps call data under user1 to user15, and this profile maps %2</source>
        <translation>«%1» no tiene sitio en este servidor: la Recording API guarda los datos de llamada en user1 a user15, y este perfil asigna %2</translation>
    </message>
    <message>
        <source>no other names</source>
        <translation>ningún otro nombre</translation>
    </message>
    <message>
        <source>&amp;Agent known by:</source>
        <translation>&amp;Agente identificado por:</translation>
    </message>
    <message>
        <source>Agent identifier kind</source>
        <translation>Tipo de identificador del agente</translation>
    </message>
    <message>
        <source>Agent identifier</source>
        <translation>Identificador del agente</translation>
    </message>
    <message>
        <source>Call data fields</source>
        <translation>Campos de datos de llamada</translation>
    </message>
    <message>
        <source>account=user1, customer=user2</source>
        <translation>cuenta=user1, cliente=user2</translation>
    </message>
    <message>
        <source>Server&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria del servidor:</translation>
    </message>
    <message>
        <source>Server&apos;s time zone</source>
        <translation>Zona horaria del servidor</translation>
    </message>
    <message>
        <source>this computer&apos;s, or e.g. America/Chicago</source>
        <translation>la de este equipo, o p. ej. America/Chicago</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone RecBar knows (e.g. Europe/Paris, America/Chicago, UTC)</source>
        <translation>«%1» no es una zona horaria que RecBar conozca (p. ej. Europe/Madrid, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Id. de agente</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Extensión telefónica</translation>
    </message>
    <message>
        <source>Computer sign-in name</source>
        <translation>Nombre de inicio de sesión del equipo</translation>
    </message>
    <message>
        <source>CRM user name</source>
        <translation>Usuario del CRM</translation>
    </message>
    <message>
        <source>Recorder user name</source>
        <translation>Usuario del grabador</translation>
    </message>
    <message>
        <source>A&amp;gent identifier:</source>
        <translation>Identificador del a&amp;gente:</translation>
    </message>
    <message>
        <source>Call data &amp;fields:</source>
        <translation>Campos de datos de &amp;llamada:</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingEvidence</name>
    <message>
        <source>Confirmed by the server&apos;s answer to “%1” at %2; its status does not show this</source>
        <translation>Confirmado por la respuesta del servidor a «%1» a las %2; su estado no lo muestra</translation>
    </message>
    <message>
        <source>This server does not report whether the call is recorded; RecBar shows what the answers to your commands say</source>
        <translation>Este servidor no indica si la llamada se graba; RecBar muestra lo que dicen las respuestas a sus órdenes</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingIndex</name>
    <message>
        <source>The library is in use by another program; try again in a moment</source>
        <translation>Otro programa está usando la biblioteca; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>The library file is read-only</source>
        <translation>El archivo de la biblioteca es de solo lectura</translation>
    </message>
    <message>
        <source>The disk holding the library is full</source>
        <translation>El disco de la biblioteca está lleno</translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation>El archivo de la biblioteca está dañado</translation>
    </message>
    <message>
        <source>The library could not be updated: %1</source>
        <translation>No se pudo actualizar la biblioteca: %1</translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation>El archivo de la biblioteca está dañado: %1</translation>
    </message>
    <message>
        <source>The library was written by a newer RecBar (schema %1)</source>
        <translation>La biblioteca la escribió un RecBar más reciente (esquema %1)</translation>
    </message>
    <message>
        <source>The library could not read back what it saved</source>
        <translation>La biblioteca no pudo volver a leer lo que guardó</translation>
    </message>
</context>
<context>
    <name>recbar::Scan</name>
    <message>
        <source>recbar scan: this RecBar was built without speech recognition (recbar-scan, PocketSphinx)</source>
        <translation>recbar scan: este RecBar se compiló sin reconocimiento de voz (recbar-scan, PocketSphinx)</translation>
    </message>
    <message>
        <source>recbar scan: cannot start %1: %2</source>
        <translation>recbar scan: no se puede iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>recbar::ServerKind</name>
    <message>
        <source>Cisco Finesse</source>
        <translation>Cisco Finesse</translation>
    </message>
    <message>
        <source>Imagicle Call Recording</source>
        <translation>Imagicle Call Recording</translation>
    </message>
    <message>
        <source>QM Recording Controls</source>
        <translation>QM Recording Controls</translation>
    </message>
    <message>
        <source>Recording API</source>
        <translation>Recording API</translation>
    </message>
</context>
<context>
    <name>recbar::SettingsDialog</name>
    <message>
        <source>RecBar settings</source>
        <translation>Configuración de RecBar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>This profile is set by your administrator.</source>
        <translation>Este perfil lo define su administrador.</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save and &amp;use this profile</source>
        <translation>Guardar y &amp;usar este perfil</translation>
    </message>
    <message>
        <source>Keep the bar &amp;above other windows</source>
        <translation>Mantener la barra &amp;encima de las demás ventanas</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar &amp;minimizada en la bandeja</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Mostrar &amp;notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Definido por su administrador</translation>
    </message>
    <message>
        <source>Start RecBar when I &amp;log in</source>
        <translation>Iniciar RecBar cuando &amp;inicie sesión</translation>
    </message>
    <message>
        <source>Your administrator provides the profiles</source>
        <translation>Su administrador proporciona los perfiles</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>The &amp;bar</source>
        <translation>La &amp;barra</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Ap&amp;ariencia:</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letra</translation>
    </message>
    <message>
        <source>&amp;Keys in the bar:</source>
        <translation>&amp;Teclas en la barra:</translation>
    </message>
    <message>
        <source>Also single l&amp;etters, without a modifier</source>
        <translation>También l&amp;etras solas, sin modificador</translation>
    </message>
    <message>
        <source>Typing meant for another window can then start, stop or pause a recording while the bar has the focus</source>
        <translation>Entonces lo que se escribe para otra ventana puede iniciar, detener o pausar una grabación mientras la barra tiene el foco</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
</context>
<context>
    <name>recbar::SignInDialog</name>
    <message>
        <source>Sign in to the recording server</source>
        <translation>Iniciar sesión en el servidor de grabación</translation>
    </message>
    <message>
        <source>Why you are asked to sign in</source>
        <translation>Por qué se le pide iniciar sesión</translation>
    </message>
    <message>
        <source>Recording server</source>
        <translation>Servidor de grabación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>No hay llavero: la contraseña se conserva solo durante esta sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Definido por su administrador</translation>
    </message>
    <message>
        <source>Password on the call-state server</source>
        <translation>Contraseña en el servidor de estado de llamada</translation>
    </message>
    <message>
        <source>Pass&amp;word there:</source>
        <translation>Contra&amp;seña allí:</translation>
    </message>
    <message>
        <source>&amp;Password (%1):</source>
        <translation>&amp;Contraseña (%1):</translation>
    </message>
    <message>
        <source>Pass&amp;word (%1):</source>
        <translation>Contra&amp;seña (%1):</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <source>Start RecBar with a simulated recording server and a sample agent, to see how it works. Nothing reaches a real server; start RecBar again to sign in to yours.</source>
        <translation>Inicia RecBar con un servidor de grabación simulado y un agente de ejemplo, para ver cómo funciona. Nada llega a un servidor real; vuelva a iniciar RecBar para conectarse al suyo.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Enter the password for %1</source>
        <translation>Escriba la contraseña de %1</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Escriba la contraseña</translation>
    </message>
    <message>
        <source>Recording &amp;server:</source>
        <translation>&amp;Servidor de grabación:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Its address, as your administrator gave it: https is used unless you write http://</source>
        <translation>Su dirección, como se la dio su administrador: se usa https salvo que escriba http://</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>What the server is</source>
        <translation>Qué es el servidor</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>T&amp;ipo de servidor:</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Tipo de servidor</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Every setting of the profile</source>
        <translation>Todos los ajustes del perfil</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. recorder.example.com</source>
        <translation>Escriba la dirección del servidor, p. ej. recorder.example.com</translation>
    </message>
    <message>
        <source>Asking %1 what it is…</source>
        <translation>Preguntando a %1 qué es…</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>No se pudo preguntar a %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not as a recording server RecBar knows (the Recording API, QM Recording Controls, Cisco Finesse, Imagicle). Check the address, or choose the server type under Advanced.</source>
        <translation>%1 respondió, pero no como un servidor de grabación que RecBar conozca (la Recording API, QM Recording Controls, Cisco Finesse, Imagicle). Compruebe la dirección o elija el tipo de servidor en Avanzado.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 es %2.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>%1 does not answer over https, but does over plain HTTP: to use it, type %2 (your password would travel unencrypted).</source>
        <translation>%1 no responde por https, pero sí por HTTP simple: para usarlo, escriba %2 (su contraseña viajaría sin cifrar).</translation>
    </message>
    <message>
        <source>How you sign in</source>
        <translation>Cómo inicia sesión</translation>
    </message>
    <message>
        <source>none if your company&apos;s page signs you in</source>
        <translation>ninguna si la página de su empresa inicia su sesión</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Iniciar sesión en el &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Stay signed in (kept in the system keychain)</source>
        <translation>&amp;Mantener la sesión (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Termine de iniciar sesión en su navegador…</translation>
    </message>
    <message>
        <source>You sign in through your company&apos;s sign-in page, in your browser: RecBar opens it for you.</source>
        <translation>Usted inicia sesión en la página de su empresa, en su navegador: RecBar se la abre.</translation>
    </message>
</context>
<context>
    <name>recbar::Sndfile</name>
    <message>
        <source>libsndfile, which reads recordings, cannot be loaded: %1</source>
        <translation>No se puede cargar libsndfile, que lee las grabaciones: %1</translation>
    </message>
</context>
<context>
    <name>recbar::TeamAlerts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: on a call that is not recorded</source>
        <translation>%1: en una llamada sin grabar</translation>
    </message>
    <message>
        <source>%1: in a secure pause since %2</source>
        <translation>%1: en pausa segura desde %2</translation>
    </message>
    <message>
        <source>%1: on a call whose recording cannot be told</source>
        <translation>%1: en una llamada cuya grabación no se puede saber</translation>
    </message>
    <message>
        <source>RecBar team</source>
        <translation>Equipo RecBar</translation>
    </message>
    <message numerus="yes">
        <source>RecBar team: %n concerns</source>
        <translation>
            <numerusform>Equipo RecBar: %n alerta</numerusform>
            <numerusform>Equipo RecBar: %n alertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recbar::TeamBoard</name>
    <message>
        <source>%1: the agent is no longer in the server&apos;s list</source>
        <translation>%1: el agente ya no está en la lista del servidor</translation>
    </message>
    <message>
        <source>The server accepted the start, but its list still shows the call not recorded</source>
        <translation>El servidor aceptó el inicio, pero su lista aún muestra la llamada sin grabar</translation>
    </message>
    <message>
        <source>The server accepted the end of the pause, but its list still shows the agent paused</source>
        <translation>El servidor aceptó el fin de la pausa, pero su lista aún muestra al agente en pausa</translation>
    </message>
    <message>
        <source>No agent %1 on the board</source>
        <translation>Ningún agente %1 en el panel</translation>
    </message>
    <message>
        <source>The agent is no longer in the server&apos;s list</source>
        <translation>El agente ya no está en la lista del servidor</translation>
    </message>
    <message>
        <source>A command for this agent is still waiting for the server</source>
        <translation>Una orden para este agente aún espera al servidor</translation>
    </message>
    <message>
        <source>The agent is not on a call</source>
        <translation>El agente no está en una llamada</translation>
    </message>
    <message>
        <source>The call is already recorded</source>
        <translation>La llamada ya se graba</translation>
    </message>
    <message>
        <source>The agent is not in a secure pause</source>
        <translation>El agente no está en pausa segura</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Recording started at %1 (the server&apos;s answer: its list does not show recordings)</source>
        <translation>Grabación iniciada a las %1 (la respuesta del servidor: su lista no muestra las grabaciones)</translation>
    </message>
    <message>
        <source>Recording was started from the board on this call</source>
        <translation>La grabación de esta llamada se inició desde el panel</translation>
    </message>
    <message>
        <source>Start accepted at %1; the server shows nothing that confirms the call is recorded</source>
        <translation>Inicio aceptado a las %1; el servidor no muestra nada que confirme que la llamada se graba</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Aceptado %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado %1</translation>
    </message>
</context>
<context>
    <name>recbar::TeamModel</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Otra parte</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Gone from the server&apos;s list</source>
        <translation>Fuera de la lista del servidor</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a call %1</source>
        <translation>En llamada %1</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>En espera %1</translation>
    </message>
    <message>
        <source>A call in a state not known %1</source>
        <translation>Una llamada en un estado desconocido %1</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Sin grabar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: waiting for the server</source>
        <translation>%1: esperando al servidor</translation>
    </message>
    <message>
        <source>%1, agent id %2</source>
        <translation>%1, id de agente %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>In a secure pause for %1; a pause longer than %2 is a concern</source>
        <translation>En pausa segura desde hace %1; una pausa de más de %2 es motivo de atención</translation>
    </message>
</context>
<context>
    <name>recbar::TeamWindow</name>
    <message>
        <source>End the pause</source>
        <translation>Terminar la pausa</translation>
    </message>
    <message>
        <source>Keep the pause</source>
        <translation>Mantener la pausa</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Panel del equipo</translation>
    </message>
    <message>
        <source>Last read of the agent list</source>
        <translation>Última lectura de la lista de agentes</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>Find an agent: name, id, extension or number</source>
        <translation>Buscar un agente: nombre, id, extensión o número</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Buscar un agente</translation>
    </message>
    <message>
        <source>&amp;Concerns only</source>
        <translation>&amp;Solo alertas</translation>
    </message>
    <message>
        <source>Concerns only</source>
        <translation>Solo alertas</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Iniciar la grabación</translation>
    </message>
    <message>
        <source>&amp;End the pause…</source>
        <translation>&amp;Terminar la pausa…</translation>
    </message>
    <message>
        <source>End %1&apos;s secure pause and record the call again?

The agent may be taking a card number right now: what is said from then on is recorded.</source>
        <translation>¿Terminar la pausa segura de %1 y volver a grabar la llamada?

El agente quizá esté tomando un número de tarjeta ahora: lo que se diga desde entonces se graba.</translation>
    </message>
    <message numerus="yes">
        <source>RecBar team: %n on a call</source>
        <translation>
            <numerusform>Equipo RecBar: %n en llamada</numerusform>
            <numerusform>Equipo RecBar: %n en llamada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a concern</source>
        <translation>
            <numerusform>, %n con una alerta</numerusform>
            <numerusform>, %n con una alerta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s), read at %1</source>
        <translation>
            <numerusform>%n agente, leído a las %1</numerusform>
            <numerusform>%n agentes, leídos a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the agent list…</source>
        <translation>Leyendo la lista de agentes…</translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>La última lectura falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read</source>
        <translation>
            <numerusform>%n entrada no se pudo leer</numerusform>
            <numerusform>%n entradas no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agent in the list</source>
        <translation>Elija un agente en la lista</translation>
    </message>
    <message>
        <source>Monitor and record</source>
        <translation>Escuchar y grabar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>live updates unavailable</source>
        <translation>actualizaciones en vivo no disponibles</translation>
    </message>
</context>
<context>
    <name>recbar::TrayIcon</name>
    <message>
        <source>Show the bar</source>
        <translation>Mostrar la barra</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Recordings…</source>
        <translation>Grabaciones…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit RecBar</source>
        <translation>Salir de RecBar</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
</context>
<context>
    <name>recbar::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Click to jump to a moment, drag to select a span to loop</source>
        <translation>Haga clic para ir a un momento; arrastre para seleccionar un tramo que repetir</translation>
    </message>
    <message>
        <source>paused from %1 for %2</source>
        <translation>en pausa desde %1 durante %2</translation>
    </message>
    <message>
        <source>No pauses</source>
        <translation>Sin pausas</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>en pausa %1</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>En pausa desde hace %1</translation>
    </message>
    <message>
        <source>on hold %1</source>
        <translation>en espera %1</translation>
    </message>
    <message>
        <source>%1× · %2–%3</source>
        <translation>%1× · %2–%3</translation>
    </message>
    <message>
        <source>On hold for %1</source>
        <translation>En espera durante %1</translation>
    </message>
    <message>
        <source>Skipped: %1 without speech</source>
        <translation>Saltado: %1 sin voz</translation>
    </message>
    <message>
        <source>on hold from %1 for %2</source>
        <translation>en espera desde %1 durante %2</translation>
    </message>
    <message>
        <source>silent from %1 for %2 (in the audio; not a pause)</source>
        <translation>en silencio desde %1 durante %2 (en el audio; no es una pausa)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>silent %1</source>
        <translation>silencio %1</translation>
    </message>
    <message>
        <source>Silent for %1: found in the audio, not a pause</source>
        <translation>Silencio durante %1: hallado en el audio, no es una pausa</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 card number heard outside a pause</source>
        <translation>%1 número de tarjeta oído fuera de pausa</translation>
    </message>
    <message>
        <source>%1 card number spoken while paused (kept out)</source>
        <translation>%1 número de tarjeta dicho en pausa (excluido)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n digit(s), %2, ending %3; the recogniser was %4 % sure</source>
        <translation>
            <numerusform>%1: %n dígito, %2, terminado en %3; seguro al %4 %</numerusform>
            <numerusform>%1: %n dígitos, %2, terminado en %3; seguro al %4 %</numerusform>
        </translation>
    </message>
    <message>
        <source>passes the Luhn check</source>
        <translation>pasa la comprobación de Luhn</translation>
    </message>
    <message>
        <source>fails the Luhn check</source>
        <translation>no pasa la comprobación de Luhn</translation>
    </message>
    <message>
        <source>card number ····%1</source>
        <translation>número de tarjeta ····%1</translation>
    </message>
    <message>
        <source>card number, paused</source>
        <translation>número de tarjeta, en pausa</translation>
    </message>
</context>
<context>
    <name>recbar::finesse</name>
    <message>
        <source>not a Finesse User document</source>
        <translation>no es un documento User de Finesse</translation>
    </message>
    <message>
        <source>malformed User document: %1</source>
        <translation>documento User mal formado: %1</translation>
    </message>
    <message>
        <source>the User document lacks loginId or state</source>
        <translation>al documento User le falta loginId o state</translation>
    </message>
    <message>
        <source>not a Finesse Dialogs document</source>
        <translation>no es un documento Dialogs de Finesse</translation>
    </message>
    <message>
        <source>a Dialog without an id</source>
        <translation>un Dialog sin id</translation>
    </message>
    <message>
        <source>malformed Dialogs document: %1</source>
        <translation>documento Dialogs mal formado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finesse on %1 does not say whether calls are recorded</source>
        <translation>Finesse en %1 no indica si las llamadas se graban</translation>
    </message>
    <message>
        <source>Unified CCE</source>
        <translation>Unified CCE</translation>
    </message>
    <message>
        <source>Finesse does not say whether this call is recorded</source>
        <translation>Finesse no indica si esta llamada se graba</translation>
    </message>
    <message>
        <source>On hold, Finesse does not say whether the call is recorded</source>
        <translation>En espera, Finesse no indica si la llamada se graba</translation>
    </message>
    <message>
        <source>Finesse describes the call in words RecBar does not know</source>
        <translation>Finesse describe la llamada con términos que RecBar no conoce</translation>
    </message>
    <message>
        <source>not a Finesse Update</source>
        <translation>no es una Update de Finesse</translation>
    </message>
    <message>
        <source>malformed Update: %1</source>
        <translation>Update mal formada: %1</translation>
    </message>
    <message>
        <source>an Update without data</source>
        <translation>una Update sin datos</translation>
    </message>
    <message>
        <source>not a Finesse Team document</source>
        <translation>no es un documento Team de Finesse</translation>
    </message>
    <message>
        <source>a team user lacks loginId or state</source>
        <translation>a un usuario del equipo le falta loginId o estado</translation>
    </message>
    <message>
        <source>malformed Team document: %1</source>
        <translation>documento Team mal formado: %1</translation>
    </message>
    <message>
        <source>Finesse does not report whether an agent&apos;s call is recorded</source>
        <translation>Finesse no informa de si la llamada de un agente se graba</translation>
    </message>
</context>
<context>
    <name>recbar::finesse::FinesseTeam</name>
    <message>
        <source>Finesse lists no team for this user: a supervisor&apos;s teams are set up in Finesse&apos;s administration</source>
        <translation>Finesse no indica ningún equipo para este usuario: los equipos de un supervisor se configuran en la administración de Finesse</translation>
    </message>
    <message>
        <source>Finesse has no secure pause to end</source>
        <translation>Finesse no tiene pausa segura que terminar</translation>
    </message>
    <message>
        <source>Finesse lists no extension for you: a supervisor records an agent&apos;s call by silently monitoring it from their own phone</source>
        <translation>Finesse no indica ninguna extensión para usted: un supervisor graba la llamada de un agente escuchándola en silencio desde su propio teléfono</translation>
    </message>
    <message>
        <source>Finesse lists no extension for this agent</source>
        <translation>Finesse no indica ninguna extensión para este agente</translation>
    </message>
    <message>
        <source>Finesse refused the silent monitoring: %1</source>
        <translation>Finesse rechazó la escucha silenciosa: %1</translation>
    </message>
    <message>
        <source>Finesse accepted the silent monitoring, but no monitoring call came</source>
        <translation>Finesse aceptó la escucha silenciosa, pero no llegó ninguna llamada de escucha</translation>
    </message>
    <message>
        <source>Finesse accepted the start, but the call still offers it: it is not recorded</source>
        <translation>Finesse aceptó el inicio, pero la llamada aún lo ofrece: no se graba</translation>
    </message>
    <message>
        <source>Finesse records an agent&apos;s call only for a supervisor who listens in.

RecBar will first silently monitor %1&apos;s call from your phone (extension %2), then ask Finesse to record it. You stay on the call, muted, until you hang up.</source>
        <translation>Finesse solo graba la llamada de un agente para un supervisor que la escucha.

RecBar escuchará primero en silencio la llamada de %1 desde su teléfono (extensión %2) y luego pedirá a Finesse que la grabe. Usted sigue en la llamada, silenciado, hasta que cuelgue.</translation>
    </message>
    <message>
        <source>%1. Your phone may still be on the call, muted: hang up to leave it.</source>
        <translation>%1. Puede que su teléfono siga en la llamada, silenciado: cuelgue para salir.</translation>
    </message>
</context>
<context>
    <name>recbar::imagicle</name>
    <message>
        <source>no such device or directory number</source>
        <translation>no existe ese dispositivo o número de directorio</translation>
    </message>
    <message>
        <source>this line cannot be monitored</source>
        <translation>esta línea no se puede supervisar</translation>
    </message>
    <message>
        <source>the recording mode is not valid</source>
        <translation>el modo de grabación no es válido</translation>
    </message>
    <message>
        <source>this user has no extension</source>
        <translation>este usuario no tiene extensión</translation>
    </message>
    <message>
        <source>this device is recorded automatically</source>
        <translation>este dispositivo se graba automáticamente</translation>
    </message>
    <message>
        <source>recording control needs the Complete Management (level 10) right</source>
        <translation>el control de grabación requiere el permiso Complete Management (nivel 10)</translation>
    </message>
    <message>
        <source>there is no connected call</source>
        <translation>no hay ninguna llamada conectada</translation>
    </message>
    <message>
        <source>there is no such live recording</source>
        <translation>no existe esa grabación en curso</translation>
    </message>
    <message>
        <source>the recording service does not answer</source>
        <translation>el servicio de grabación no responde</translation>
    </message>
    <message>
        <source>The call was already being recorded</source>
        <translation>La llamada ya se estaba grabando</translation>
    </message>
    <message>
        <source>The recording was already paused</source>
        <translation>La grabación ya estaba en pausa</translation>
    </message>
    <message>
        <source>The recording was not paused</source>
        <translation>La grabación no estaba en pausa</translation>
    </message>
    <message>
        <source>Imagicle can start, stop, pause and resume a recording, nothing more</source>
        <translation>Imagicle puede iniciar, detener, pausar y reanudar una grabación, nada más</translation>
    </message>
    <message>
        <source>the recordings list is not a JSON object</source>
        <translation>la lista de grabaciones no es un objeto JSON</translation>
    </message>
    <message>
        <source>the recordings list lacks totalCount or recordings</source>
        <translation>a la lista de grabaciones le falta totalCount o recordings</translation>
    </message>
</context>
<context>
    <name>recbar::qm</name>
    <message>
        <source>The call was already being recorded</source>
        <translation>La llamada ya se estaba grabando</translation>
    </message>
    <message>
        <source>The call was not being recorded</source>
        <translation>La llamada no se estaba grabando</translation>
    </message>
    <message>
        <source>There was no recording to delete</source>
        <translation>No había ninguna grabación que eliminar</translation>
    </message>
    <message>
        <source>No change: the call was already paused or not recorded</source>
        <translation>Sin cambios: la llamada ya estaba en pausa o no se grababa</translation>
    </message>
    <message>
        <source>No change: the recording was not paused</source>
        <translation>Sin cambios: la grabación no estaba en pausa</translation>
    </message>
    <message>
        <source>The last call was not recorded: nothing to tag</source>
        <translation>La última llamada no se grabó: no hay nada que etiquetar</translation>
    </message>
    <message>
        <source>The recorder does not keep: %1</source>
        <translation>El grabador no conserva: %1</translation>
    </message>
    <message>
        <source>QM Recording Controls have no duplicate or screen-only recording</source>
        <translation>QM Recording Controls no ofrece grabación duplicada ni solo de pantalla</translation>
    </message>
    <message>
        <source>Set your extension in the profile to log in (hot desking)</source>
        <translation>Indique su extensión en el perfil para iniciar sesión (puesto compartido)</translation>
    </message>
    <message>
        <source>Your calls are recorded on your desktop: the recording applet takes these commands, not the server</source>
        <translation>Sus llamadas se graban en su escritorio: estos comandos los recibe el applet de grabación, no el servidor</translation>
    </message>
    <message>
        <source>Not available with gateway recording</source>
        <translation>No disponible con la grabación en la pasarela</translation>
    </message>
</context>
<context>
    <name>recbar::recordingapi</name>
    <message>
        <source>The server reports a recording state RecBar does not know</source>
        <translation>El servidor indica un estado de grabación que RecBar no conoce</translation>
    </message>
    <message>
        <source>Write call data fields as name=key, e.g. account=user1</source>
        <translation>Escriba los campos de datos de llamada como nombre=clave, p. ej. cuenta=user1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Recording API call data key (user1 to user15, ...)</source>
        <translation>«%1» no es una clave de datos de llamada de la Recording API (user1 a user15, ...)</translation>
    </message>
</context>
<context>
    <name>recbar::xmpp</name>
    <message>
        <source>a notification frame of %1 bytes, more than %2 allowed</source>
        <translation>una trama de notificación de %1 bytes, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>a notification nested deeper than %1</source>
        <translation>una notificación anidada a más de %1 niveles</translation>
    </message>
    <message>
        <source>a notification of more than %1 elements</source>
        <translation>una notificación de más de %1 elementos</translation>
    </message>
    <message>
        <source>a notification frame with two elements</source>
        <translation>una trama de notificación con dos elementos</translation>
    </message>
    <message>
        <source>a notification with XML that XMPP does not allow</source>
        <translation>una notificación con XML que XMPP no permite</translation>
    </message>
    <message>
        <source>a notification that is not well-formed XML: %1</source>
        <translation>una notificación que no es XML bien formado: %1</translation>
    </message>
    <message>
        <source>an empty notification frame</source>
        <translation>una trama de notificación vacía</translation>
    </message>
</context>
</TS>
