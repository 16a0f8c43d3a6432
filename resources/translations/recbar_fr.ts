<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandAvailability</name>
    <message>
        <source>Not connected to the recording server</source>
        <translation>Non connecté au serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Waiting for the server: %1</source>
        <translation>En attente du serveur : %1</translation>
    </message>
    <message>
        <source>There is no call to record</source>
        <translation>Aucun appel à enregistrer</translation>
    </message>
    <message>
        <source>The call is not answered yet</source>
        <translation>L&apos;appel n&apos;est pas encore décroché</translation>
    </message>
    <message>
        <source>The call is already being recorded</source>
        <translation>L&apos;appel est déjà enregistré</translation>
    </message>
    <message>
        <source>The call is not being recorded</source>
        <translation>L&apos;appel n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>The recording is already paused</source>
        <translation>L&apos;enregistrement est déjà en pause</translation>
    </message>
    <message>
        <source>There is no call to pause</source>
        <translation>Aucun appel à mettre en pause</translation>
    </message>
    <message>
        <source>The recording is not paused</source>
        <translation>L&apos;enregistrement n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>There is no call to add data to</source>
        <translation>Aucun appel auquel ajouter des données</translation>
    </message>
    <message>
        <source>A duplicate needs a call that is being recorded</source>
        <translation>Un double nécessite un appel en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>A duplicate is already being recorded</source>
        <translation>Un double est déjà en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>No duplicate is being recorded</source>
        <translation>Aucun double en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The screen is already being recorded</source>
        <translation>L&apos;écran est déjà enregistré</translation>
    </message>
    <message>
        <source>The screen is not being recorded</source>
        <translation>L&apos;écran n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>There is no call to tag</source>
        <translation>Aucun appel à étiqueter</translation>
    </message>
    <message>
        <source>There is no answered call to record</source>
        <translation>Aucun appel décroché à enregistrer</translation>
    </message>
    <message>
        <source>There is no call</source>
        <translation>Aucun appel</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Start recording</source>
        <translation>Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Mettre l&apos;enregistrement en pause</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <translation>Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Add call data</source>
        <translation>Ajouter des données d&apos;appel</translation>
    </message>
    <message>
        <source>Start duplicate recording</source>
        <translation>Démarrer l&apos;enregistrement double</translation>
    </message>
    <message>
        <source>Stop duplicate recording</source>
        <translation>Arrêter l&apos;enregistrement double</translation>
    </message>
    <message>
        <source>Start screen recording</source>
        <translation>Démarrer l&apos;enregistrement de l&apos;écran</translation>
    </message>
    <message>
        <source>Stop screen recording</source>
        <translation>Arrêter l&apos;enregistrement de l&apos;écran</translation>
    </message>
    <message>
        <source>Tag the call</source>
        <translation>Étiqueter l&apos;appel</translation>
    </message>
    <message>
        <source>Restart the recording</source>
        <translation>Recommencer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Start a segment</source>
        <translation>Démarrer un segment</translation>
    </message>
    <message>
        <source>Stop the segment</source>
        <translation>Arrêter le segment</translation>
    </message>
    <message>
        <source>Log in to the recorder</source>
        <translation>Se connecter à l&apos;enregistreur</translation>
    </message>
    <message>
        <source>Log out of the recorder</source>
        <translation>Se déconnecter de l&apos;enregistreur</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Call data…</source>
        <translation>Données d&apos;appel…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Double</translation>
    </message>
    <message>
        <source>Stop duplicate</source>
        <translation>Arrêter le double</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Stop screen</source>
        <translation>Arrêter l&apos;écran</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>End segment</source>
        <translation>Terminer le segment</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Starting the recording…</source>
        <translation>Démarrage de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Stopping the recording…</source>
        <translation>Arrêt de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Pausing the recording…</source>
        <translation>Mise en pause de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Resuming the recording…</source>
        <translation>Reprise de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Saving the call data…</source>
        <translation>Envoi des données d&apos;appel…</translation>
    </message>
    <message>
        <source>Starting the duplicate recording…</source>
        <translation>Démarrage de l&apos;enregistrement double…</translation>
    </message>
    <message>
        <source>Stopping the duplicate recording…</source>
        <translation>Arrêt de l&apos;enregistrement double…</translation>
    </message>
    <message>
        <source>Starting the screen recording…</source>
        <translation>Démarrage de l&apos;enregistrement de l&apos;écran…</translation>
    </message>
    <message>
        <source>Stopping the screen recording…</source>
        <translation>Arrêt de l&apos;enregistrement de l&apos;écran…</translation>
    </message>
    <message>
        <source>Tagging the call…</source>
        <translation>Étiquetage de l&apos;appel…</translation>
    </message>
    <message>
        <source>Restarting the recording…</source>
        <translation>Reprise de l&apos;enregistrement depuis le début…</translation>
    </message>
    <message>
        <source>Deleting the recording…</source>
        <translation>Suppression de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Starting a segment…</source>
        <translation>Démarrage d&apos;un segment…</translation>
    </message>
    <message>
        <source>Stopping the segment…</source>
        <translation>Arrêt du segment…</translation>
    </message>
    <message>
        <source>Logging in to the recorder…</source>
        <translation>Connexion à l&apos;enregistreur…</translation>
    </message>
    <message>
        <source>Logging out of the recorder…</source>
        <translation>Déconnexion de l&apos;enregistreur…</translation>
    </message>
</context>
<context>
    <name>MetadataRules</name>
    <message>
        <source>Enter a key</source>
        <translation>Saisissez une clé</translation>
    </message>
    <message>
        <source>Keys use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (64 at most)</source>
        <translation>Les clés utilisent des lettres, des chiffres, « . », « - » et « _ » (64 au plus)</translation>
    </message>
    <message>
        <source>Use a date like 2026-11-21</source>
        <translation>Utilisez une date comme 2026-11-21</translation>
    </message>
    <message>
        <source>Numbers cannot contain a comma</source>
        <translation>Les nombres ne peuvent pas contenir de virgule</translation>
    </message>
    <message>
        <source>Numbers cannot end with a decimal point</source>
        <translation>Les nombres ne peuvent pas finir par un point décimal</translation>
    </message>
    <message>
        <source>Use a number like 2500, 10.7 or .30</source>
        <translation>Utilisez un nombre comme 2500, 10.7 ou .30</translation>
    </message>
    <message>
        <source>Text cannot contain &amp; or =</source>
        <translation>Le texte ne peut pas contenir &amp; ni =</translation>
    </message>
    <message>
        <source>Text is limited to 255 characters</source>
        <translation>Le texte est limité à 255 caractères</translation>
    </message>
    <message>
        <source>A call can carry at most %1 items</source>
        <translation>Un appel accepte au plus %1 éléments</translation>
    </message>
    <message>
        <source>This key is already listed</source>
        <translation>Cette clé est déjà dans la liste</translation>
    </message>
    <message>
        <source>Values cannot contain line breaks, control characters or direction marks</source>
        <translation>Les valeurs ne peuvent contenir ni saut de ligne, ni caractère de contrôle, ni marque de direction</translation>
    </message>
    <message>
        <source>There is no call data to send</source>
        <translation>Aucune donnée d&apos;appel à envoyer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Recording command failed</source>
        <translation>Échec de la commande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Connection to the recording server lost</source>
        <translation>Connexion au serveur d&apos;enregistrement perdue</translation>
    </message>
    <message>
        <source>The recording state is unknown until it is back. %1</source>
        <translation>L&apos;état de l&apos;enregistrement est inconnu jusqu&apos;au retour de la connexion. %1</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Enregistrement démarré</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>Enter the identity service&apos;s authorization address (https://…)</source>
        <translation>Saisissez l&apos;adresse d&apos;autorisation du service d&apos;identité (https://…)</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s token address (https://…)</source>
        <translation>Saisissez l&apos;adresse des jetons du service d&apos;identité (https://…)</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s revocation address (https://…), or none</source>
        <translation>Saisissez l&apos;adresse de révocation du service d&apos;identité (https://…), ou aucune</translation>
    </message>
    <message>
        <source>Enter the client id your administrator registered for RecBar</source>
        <translation>Saisissez l&apos;identifiant client que votre administrateur a enregistré pour RecBar</translation>
    </message>
    <message>
        <source>the identity service&apos;s answer holds no usable bearer token</source>
        <translation>la réponse du service d&apos;identité ne contient aucun jeton porteur utilisable</translation>
    </message>
    <message>
        <source>The identity service does not know RecBar&apos;s client id or secret (%1): ask your administrator</source>
        <translation>Le service d&apos;identité ne connaît pas l&apos;identifiant client ou le secret de RecBar (%1) : demandez à votre administrateur</translation>
    </message>
    <message>
        <source>The identity service refused (%1)</source>
        <translation>Le service d&apos;identité a refusé (%1)</translation>
    </message>
    <message>
        <source>the identity service answered HTTP %1</source>
        <translation>le service d&apos;identité a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name</source>
        <translation>Donnez un nom au profil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot control recordings</source>
        <translation>« %1 » ne peut pas commander les enregistrements</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot tell the call state: choose a call-state source such as Finesse or the Recording API</source>
        <translation>« %1 » ne peut pas donner l&apos;état de l&apos;appel : choisissez une source d&apos;état comme Finesse ou la Recording API</translation>
    </message>
    <message>
        <source>Enter the %1 address, e.g. https://recorder.example.com</source>
        <translation>Saisissez l&apos;adresse de %1, par ex. https://recorder.example.com</translation>
    </message>
    <message>
        <source>Plain HTTP sends the password unencrypted: use https, or allow plain HTTP for this profile</source>
        <translation>HTTP non chiffré envoie le mot de passe en clair : utilisez https, ou autorisez HTTP non chiffré pour ce profil</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>call-state server</source>
        <translation>serveur d&apos;état des appels</translation>
    </message>
    <message>
        <source>Enter the user name</source>
        <translation>Saisissez le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no recordings list</source>
        <translation>« %1 » n&apos;a pas de liste d&apos;enregistrements</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Unknown server kind &quot;%1&quot; for the recording control (known: %2)</source>
        <translation>Type de serveur inconnu « %1 » pour le contrôle des enregistrements (connus : %2)</translation>
    </message>
    <message>
        <source>Unknown server kind &quot;%1&quot; for the call state (known: %2)</source>
        <translation>Type de serveur inconnu « %1 » pour l’état de l’appel (connus : %2)</translation>
    </message>
    <message>
        <source>Enter the user name for %1</source>
        <translation>Saisissez le nom d’utilisateur pour %1</translation>
    </message>
    <message>
        <source>Status reads must be between %1 s and %2 s on a call, %3 s and %4 min idle</source>
        <translation>Les lectures d’état doivent être comprises entre %1 s et %2 s en appel, et entre %3 s et %4 min au repos</translation>
    </message>
    <message>
        <source>Auto-resume must be between 0 (off) and %1 seconds</source>
        <translation>La reprise automatique doit être comprise entre 0 (désactivée) et %1 secondes</translation>
    </message>
    <message>
        <source>The request timeout must be between %1 and %2 seconds</source>
        <translation>Le délai des requêtes doit être compris entre %1 et %2 secondes</translation>
    </message>
    <message>
        <source>The role must be agent or supervisor, not &quot;%1&quot;</source>
        <translation>Le rôle doit être agent ou supervisor, pas « %1 »</translation>
    </message>
    <message>
        <source>A call is flagged unrecorded after 1 to 3,600 seconds</source>
        <translation>Un appel est signalé non enregistré après 1 à 3 600 secondes</translation>
    </message>
    <message>
        <source>A pause is flagged long after 1 to 240 minutes</source>
        <translation>Une pause est signalée longue après 1 à 240 minutes</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>La connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>This profile does not allow sending the password over plain HTTP</source>
        <translation>Ce profil n&apos;autorise pas l&apos;envoi du mot de passe en HTTP non chiffré</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted yet</source>
        <translation>Le certificat du serveur n&apos;est pas encore approuvé</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it; refusing to connect</source>
        <translation>Le certificat du serveur a changé depuis que vous l&apos;avez accepté ; connexion refusée</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>This user is not allowed to do that</source>
        <translation>Cet utilisateur n&apos;a pas le droit de faire cela</translation>
    </message>
    <message>
        <source>The server does not know that agent or call</source>
        <translation>Le serveur ne connaît pas cet agent ou cet appel</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Le serveur a refusé la demande</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>Le serveur a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Impossible de lire la réponse du serveur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a description of the error, then the server&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent RecBar on to another address, which RecBar does not follow with your password (%1)</source>
        <translation>Le serveur a renvoyé RecBar vers une autre adresse, où RecBar n’envoie pas votre mot de passe (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than RecBar accepts</source>
        <translation>La réponse du serveur dépassait ce que RecBar accepte</translation>
    </message>
    <message>
        <source>Your sign-in has ended: sign in again</source>
        <translation>Votre connexion a pris fin : reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Password rejected</source>
        <translation>Mot de passe refusé</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Le certificat a changé</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Recording state unknown</source>
        <translation>État de l&apos;enregistrement inconnu</translation>
    </message>
    <message>
        <source>Paused (secure pause on)</source>
        <translation>En pause (pause sécurisée active)</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Pas d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>numéro inconnu</translation>
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
        <translation>En appel (état inconnu)</translation>
    </message>
    <message>
        <source>connecting live updates…</source>
        <translation>connexion des mises à jour en direct…</translation>
    </message>
    <message>
        <source>live updates</source>
        <translation>mises à jour en direct</translation>
    </message>
    <message>
        <source>live updates unavailable: reading every few seconds</source>
        <translation>mises à jour en direct indisponibles : lecture toutes les quelques secondes</translation>
    </message>
    <message>
        <source>live updates unavailable (%1): reading every few seconds</source>
        <translation>mises à jour en direct indisponibles (%1) : lecture toutes les quelques secondes</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>Connexion nécessaire</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · trying again in %2 s</source>
        <translation>%1 · nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Recording state unknown</source>
        <translation>État de l&apos;enregistrement inconnu</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Paused: not recording</source>
        <translation>En pause : pas d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Paused · no call</source>
        <translation>En pause · aucun appel</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Pas d&apos;enregistrement</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>resumes in %1</source>
        <translation>reprise dans %1</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>en pause %1</translation>
    </message>
    <message>
        <source>unknown number</source>
        <translation>numéro inconnu</translation>
    </message>
    <message>
        <source>Inbound from %1</source>
        <translation>Entrant de %1</translation>
    </message>
    <message>
        <source>Outbound to %1</source>
        <translation>Sortant vers %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more call(s)</source>
        <translation>
            <numerusform>%1 · %n autre appel</numerusform>
            <numerusform>%1 · %n autres appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Secure pause is on for your next call</source>
        <translation>La pause sécurisée est active pour votre prochain appel</translation>
    </message>
    <message>
        <source>Waiting for a call</source>
        <translation>En attente d&apos;un appel</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>poste %1</translation>
    </message>
    <message>
        <source>RecBar: %1</source>
        <translation>RecBar : %1</translation>
    </message>
    <message>
        <source>Recording state unknown · last known at %1: %2 · %3</source>
        <translation>État d’enregistrement inconnu · dernier connu à %1 : %2 · %3</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>polled</source>
        <translation>interrogé</translation>
    </message>
    <message>
        <source>screen recorded</source>
        <translation>écran enregistré</translation>
    </message>
    <message>
        <source>duplicate recording on</source>
        <translation>enregistrement en double actif</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Long pause</source>
        <translation>Pause longue</translation>
    </message>
    <message>
        <source>Recording unknown</source>
        <translation>Enregistrement inconnu</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Lancer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>End the pause</source>
        <translation>Terminer la pause</translation>
    </message>
</context>
<context>
    <name>recbar</name>
    <message>
        <source>usage: recbar scan [--json] FILE|FOLDER...</source>
        <translation>usage : recbar scan [--json] FICHIER|DOSSIER...</translation>
    </message>
    <message>
        <source>no card number heard</source>
        <translation>aucun numéro de carte entendu</translation>
    </message>
    <message>
        <source>card number heard outside a pause</source>
        <translation>numéro de carte entendu hors d&apos;une pause</translation>
    </message>
    <message>
        <source>card number heard inside a pause (kept out)</source>
        <translation>numéro de carte entendu pendant une pause (tenu à l&apos;écart)</translation>
    </message>
    <message>
        <source>passes the Luhn check</source>
        <translation>passe le contrôle de Luhn</translation>
    </message>
    <message>
        <source>fails the Luhn check</source>
        <translation>échoue au contrôle de Luhn</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>se terminant par %1</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 chiffres</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>le dossier ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>recbar::AgentController</name>
    <message>
        <source>%1 failed: the call ended before the server confirmed it</source>
        <translation>%1 a échoué : l&apos;appel s&apos;est terminé avant la confirmation du serveur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1: the server accepted it, but its state did not change (%2)</source>
        <translation>%1 : le serveur l&apos;a accepté, mais son état n&apos;a pas changé (%2)</translation>
    </message>
</context>
<context>
    <name>recbar::AgentSession</name>
    <message>
        <source>No keychain is available on this computer: enter the password for this session.</source>
        <translation>Aucun trousseau sur cet ordinateur : saisissez le mot de passe pour cette session.</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>Le trousseau n&apos;a pas fourni le mot de passe : %1</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>Aucun trousseau : le mot de passe n&apos;est gardé que pour cette session.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil « %1 » ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain. RecBar keeps it until you quit; next time, it will ask you for it again.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système. RecBar le garde jusqu&apos;à ce que vous quittiez ; la prochaine fois, il vous le redemandera.</translation>
    </message>
    <message>
        <source>%1 (%2) needs its password</source>
        <translation>%1 (%2) a besoin de son mot de passe</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Sign in through your company&apos;s sign-in page, in the browser</source>
        <translation>Connectez-vous par la page de connexion de votre entreprise, dans le navigateur</translation>
    </message>
    <message>
        <source>Finish signing in in your browser: RecBar waits for it</source>
        <translation>Terminez la connexion dans votre navigateur : RecBar l&apos;attend</translation>
    </message>
    <message>
        <source>%1 signs you in with a password: enter it</source>
        <translation>%1 vous connecte avec un mot de passe : saisissez-le</translation>
    </message>
</context>
<context>
    <name>recbar::AudioDecoder</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>Not a playable recording (%1)</source>
        <translation>Enregistrement illisible (%1)</translation>
    </message>
    <message>
        <source>The recording&apos;s header is damaged (%1 channels at %2 Hz)</source>
        <translation>L&apos;en-tête de l&apos;enregistrement est endommagé (%1 canaux à %2 Hz)</translation>
    </message>
    <message>
        <source>The recording holds no audio</source>
        <translation>L&apos;enregistrement ne contient pas d&apos;audio</translation>
    </message>
</context>
<context>
    <name>recbar::AudioLayout</name>
    <message>
        <source>Not a playable recording (neither WAV nor MP3)</source>
        <translation>Enregistrement illisible (ni WAV ni MP3)</translation>
    </message>
    <message>
        <source>Not a playable recording (its WAV header has no usable format chunk)</source>
        <translation>Enregistrement illisible (son en-tête WAV n’a pas de bloc de format utilisable)</translation>
    </message>
    <message>
        <source>Not a playable recording (its WAV header has no data chunk)</source>
        <translation>Enregistrement illisible (son en-tête WAV n’a pas de bloc de données)</translation>
    </message>
</context>
<context>
    <name>recbar::AudioOutput</name>
    <message>
        <source>RecBar&apos;s audio output is missing or damaged: install RecBar again to play recordings</source>
        <translation>La sortie audio de RecBar est absente ou endommagée : réinstallez RecBar pour écouter les enregistrements</translation>
    </message>
    <message>
        <source>There is no audio output on this computer</source>
        <translation>Aucune sortie audio sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>recbar::AuditKey</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>recbar::AuditLog</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>entry %1 where %2 was expected (one removed or inserted)</source>
        <translation>entrée %1 là où la %2 était attendue (une entrée retirée ou insérée)</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>elle ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <source>not an entry</source>
        <translation>ce n’est pas une entrée</translation>
    </message>
    <message>
        <source>its content was changed after it was written, or it was written without the log&apos;s key</source>
        <translation>son contenu a été modifié après son écriture, ou il a été écrit sans la clé du journal</translation>
    </message>
    <message>
        <source>written without the log&apos;s key after entries that had it</source>
        <translation>écrite sans la clé du journal après des entrées qui l’avaient</translation>
    </message>
    <message>
        <source>the keychain did not give the audit log&apos;s key: entries are kept aside and added to the log once it does</source>
        <translation>le trousseau n&apos;a pas donné la clé du journal d&apos;audit : les entrées sont mises de côté et ajoutées au journal dès qu&apos;il la donne</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from here have no HMAC, and no entry written with the log&apos;s key accounts for them (a log rewritten without the key looks like this)</source>
        <translation>
            <numerusform>%n entrée à partir d&apos;ici n&apos;a pas de HMAC, et aucune entrée écrite avec la clé du journal n&apos;en répond (c&apos;est l&apos;allure d&apos;un journal réécrit sans la clé)</numerusform>
            <numerusform>%n entrées à partir d&apos;ici n&apos;ont pas de HMAC, et aucune entrée écrite avec la clé du journal n&apos;en répond (c&apos;est l&apos;allure d&apos;un journal réécrit sans la clé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: another program holds it</source>
        <translation>Impossible d&apos;écrire %1 : un autre programme le tient</translation>
    </message>
    <message>
        <source>Cannot write %1: its lock cannot be made</source>
        <translation>Impossible d&apos;écrire %1 : son verrou ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>recbar::Autostart</name>
    <message>
        <source>The login items could not be changed</source>
        <translation>Impossible de modifier les éléments de démarrage</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Call-recording controls, started at login</source>
        <translation>Commandes d&apos;enregistrement des appels, lancées à l&apos;ouverture de session</translation>
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
        <translation>État d&apos;enregistrement RecBar</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Agent and server</source>
        <translation>Agent et serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fermer l&apos;erreur</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Recordings…</source>
        <translation>Enregistrements…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Review certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>RecBar: %1</source>
        <translation>RecBar : %1</translation>
    </message>
    <message>
        <source>From outside RecBar</source>
        <translation>De l&apos;extérieur de RecBar</translation>
    </message>
    <message>
        <source>%1 (%2 takes it back)</source>
        <translation>%1 (%2 pour annuler)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit RecBar</source>
        <translation>Quitter RecBar</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Équipe…</translation>
    </message>
</context>
<context>
    <name>recbar::BoundedParse</name>
    <message>
        <source>the document is larger than %1 KiB</source>
        <translation>le document dépasse %1 Kio</translation>
    </message>
    <message>
        <source>the document nests deeper than %1 levels</source>
        <translation>le document imbrique plus de %1 niveaux</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>the document declares a DTD</source>
        <translation>le document déclare une DTD</translation>
    </message>
</context>
<context>
    <name>recbar::BrowserSignIn</name>
    <message>
        <source>The browser came back from a sign-in RecBar did not start (its state does not match): nothing was signed in. Try again.</source>
        <translation>Le navigateur est revenu d&apos;une connexion que RecBar n&apos;a pas lancée (son état ne correspond pas) : aucune connexion n&apos;a été faite. Réessayez.</translation>
    </message>
    <message>
        <source>The identity service did not sign you in (%1)</source>
        <translation>Le service d&apos;identité ne vous a pas connecté (%1)</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code: nothing was signed in</source>
        <translation>Le navigateur est revenu sans code de connexion : aucune connexion n&apos;a été faite</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time: nothing was signed in. Try again.</source>
        <translation>La connexion dans le navigateur n&apos;a pas été terminée à temps : aucune connexion n&apos;a été faite. Réessayez.</translation>
    </message>
</context>
<context>
    <name>recbar::CallDataPanel</name>
    <message>
        <source>Call data</source>
        <translation>Données de l&apos;appel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Call data items</source>
        <translation>Éléments des données de l&apos;appel</translation>
    </message>
    <message>
        <source>Problems with the call data</source>
        <translation>Problèmes avec les données de l&apos;appel</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Ajouter un &amp;élément</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Retirer l’élément</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>What this call&apos;s recording keeps, in the fields your profile names:</source>
        <translation>Ce que garde l&apos;enregistrement de cet appel, dans les champs que nomme votre profil :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Up to %1 items are kept with the recording.</source>
        <translation>Jusqu&apos;à %1 éléments sont gardés avec l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>recbar::Capabilities</name>
    <message>
        <source>This recording server cannot do that: %1</source>
        <translation>Ce serveur d&apos;enregistrement ne sait pas faire cela : %1</translation>
    </message>
</context>
<context>
    <name>recbar::CardFinding</name>
    <message>
        <source>A card number finding that makes no sense</source>
        <translation>Un numéro de carte trouvé qui n&apos;a pas de sens</translation>
    </message>
</context>
<context>
    <name>recbar::CardScanQueue</name>
    <message>
        <source>Speech recognition cannot start: %1</source>
        <translation>La reconnaissance vocale ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>recbar-scan did not answer</source>
        <translation>recbar-scan n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>recbar-scan stopped (exit %1)</source>
        <translation>recbar-scan s&apos;est arrêté (code %1)</translation>
    </message>
    <message>
        <source>recbar-scan stopped on it (crashed, or took longer than twice its length)</source>
        <translation>recbar-scan s&apos;est arrêté dessus (planté, ou plus de deux fois sa durée)</translation>
    </message>
</context>
<context>
    <name>recbar::CardScanner</name>
    <message>
        <source>The recording&apos;s second channel cannot be read</source>
        <translation>Le second canal de l&apos;enregistrement ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>recbar::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Faire confiance à ce serveur ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1 presents a different certificate from the one you trusted. This can mean that someone is intercepting the connection. Do not continue unless your administrator confirms the new fingerprint.</source>
        <translation>&lt;b&gt;Attention :&lt;/b&gt; %1 présente un certificat différent de celui que vous avez accepté. Quelqu&apos;un intercepte peut-être la connexion. Ne continuez pas sans que votre administrateur confirme la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>%1 presents a certificate this computer does not trust. Compare its fingerprint with the one your administrator gave you.</source>
        <translation>%1 présente un certificat auquel cet ordinateur ne fait pas confiance. Comparez son empreinte avec celle que votre administrateur vous a donnée.</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>Nouveau SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 approuvé :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Émis pour :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Approuver ce certificat</translation>
    </message>
    <message>
        <source>My administrator confirmed the new fingerprint</source>
        <translation>Mon administrateur a confirmé la nouvelle empreinte</translation>
    </message>
</context>
<context>
    <name>recbar::CommandActions</name>
    <message>
        <source>Add call data…</source>
        <translation>Ajouter des données d&apos;appel…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>recbar::ControlClient</name>
    <message>
        <source>RecBar is not running</source>
        <translation>RecBar n&apos;est pas lancé</translation>
    </message>
    <message>
        <source>RecBar did not answer</source>
        <translation>RecBar n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>RecBar&apos;s control socket is not safe: %1</source>
        <translation>Le socket de contrôle de RecBar n’est pas sûr : %1</translation>
    </message>
    <message>
        <source>Refusing RecBar&apos;s control socket: %1</source>
        <translation>Socket de contrôle de RecBar refusé : %1</translation>
    </message>
</context>
<context>
    <name>recbar::ControlConnection</name>
    <message>
        <source>request too long</source>
        <translation>demande trop longue</translation>
    </message>
</context>
<context>
    <name>recbar::ControlRequest</name>
    <message>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>Recordings shown</source>
        <translation>Enregistrements affichés</translation>
    </message>
    <message>
        <source>Team board shown</source>
        <translation>Tableau d&apos;équipe affiché</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done, through a silent monitoring session from your phone: you stay on the call, muted, until you hang up</source>
        <translation>Fait, par une écoute silencieuse depuis votre téléphone : vous restez sur l&apos;appel, micro coupé, jusqu&apos;à ce que vous raccrochiez</translation>
    </message>
    <message>
        <source>No confirmation from the server in time</source>
        <translation>Pas de confirmation du serveur à temps</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>Not signed in to a recording server</source>
        <translation>Non connecté à un serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>recbar::ControlServer</name>
    <message>
        <source>%1 is held by another process: %2</source>
        <translation>%1 est tenu par un autre processus : %2</translation>
    </message>
    <message>
        <source>%1 KiB resident, %2 handles, %3 objects, %4 timers; audit log: %5</source>
        <translation>%1 Kio résidents, %2 descripteurs, %3 objets, %4 minuteurs ; journal d’audit : %5</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>%1 is held by another process, which is not RecBar</source>
        <translation>%1 est tenu par un autre processus, qui n’est pas RecBar</translation>
    </message>
    <message>
        <source>The team board is for a supervisor&apos;s profile (role: supervisor)</source>
        <translation>Le tableau d&apos;équipe est pour un profil de superviseur (rôle : supervisor)</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n on a call</source>
        <translation>
            <numerusform>, %n en appel</numerusform>
            <numerusform>, %n en appel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a concern</source>
        <translation>
            <numerusform>, %n avec une alerte</numerusform>
            <numerusform>, %n avec une alerte</numerusform>
        </translation>
    </message>
    <message>
        <source>; the last read failed: %1</source>
        <translation>; la dernière lecture a échoué : %1</translation>
    </message>
</context>
<context>
    <name>recbar::Ctl</name>
    <message>
        <source>usage: recbar ctl audit verify [FILE]</source>
        <translation>usage : recbar ctl audit verify [FICHIER]</translation>
    </message>
    <message numerus="yes">
        <source>%1: the audit log is broken after %n good entries. %2</source>
        <translation>
            <numerusform>%1 : le journal d&apos;audit est rompu après %n entrée valide. %2</numerusform>
            <numerusform>%1 : le journal d&apos;audit est rompu après %n entrées valides. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain is intact</source>
        <translation>
            <numerusform>%1 : %n entrée, la chaîne est intacte</numerusform>
            <numerusform>%1 : %n entrées, la chaîne est intacte</numerusform>
        </translation>
    </message>
    <message>
        <source>recbar ctl: unknown command &quot;%1&quot;</source>
        <translation>recbar ctl : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>recbar ctl %1: unexpected &quot;%2&quot;</source>
        <translation>recbar ctl %1 : « %2 » inattendu</translation>
    </message>
    <message>
        <source>recbar: refused the link: %1</source>
        <translation>recbar : lien refusé : %1</translation>
    </message>
    <message>
        <source>RecBar is already running; its bar is shown.</source>
        <translation>RecBar est déjà lancé ; sa barre est affichée.</translation>
    </message>
    <message>
        <source>RecBar was not running, so the link&apos;s command was not sent. RecBar is starting now; use the link again once you are signed in.</source>
        <translation>RecBar n&apos;était pas lancé, la commande du lien n&apos;a donc pas été envoyée. RecBar démarre ; utilisez à nouveau le lien une fois connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n keyed entries could not be checked without the keychain&apos;s key (%1)</source>
        <translation>
            <numerusform>%n entrée avec clé n’a pas pu être vérifiée sans la clé du trousseau (%1)</numerusform>
            <numerusform>%n entrées avec clé n’ont pas pu être vérifiées sans la clé du trousseau (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) torn by a crash, each noted by the entry after it</source>
        <translation>
            <numerusform>%n ligne coupée par un plantage, notée par l’entrée suivante</numerusform>
            <numerusform>%n lignes coupées par un plantage, chacune notée par l’entrée suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries rest on the keychain&apos;s key (their HMAC was checked with it)</source>
        <translation>
            <numerusform>%n entrée repose sur la clé du trousseau (son HMAC a été vérifié avec elle)</numerusform>
            <numerusform>%n entrées reposent sur la clé du trousseau (leur HMAC a été vérifié avec elle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries do not: written before the log had a key, they are accounted for by entry %1, written with it</source>
        <translation>
            <numerusform>%n entrée non : écrite avant que le journal ait une clé, l&apos;entrée %1, écrite avec elle, en répond</numerusform>
            <numerusform>%n entrées non : écrites avant que le journal ait une clé, l&apos;entrée %1, écrite avec elle, en répond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries do not rest on any key: anyone who can write the file could have written them</source>
        <translation>
            <numerusform>%n entrée ne repose sur aucune clé : quiconque peut écrire le fichier aurait pu l&apos;écrire</numerusform>
            <numerusform>%n entrées ne reposent sur aucune clé : quiconque peut écrire le fichier aurait pu les écrire</numerusform>
        </translation>
    </message>
    <message>
        <source>recbar ctl team: start AGENT, resume AGENT or show</source>
        <translation>recbar ctl team : start AGENT, resume AGENT ou show</translation>
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
        <translation>RecBar : commandes d&apos;enregistrement des appels pour les agents de centre de contact.

  recbar [--demo] [--minimized]     lance la barre (ou affiche celle qui tourne)
  recbar ctl status [--json]        l&apos;état de la barre lancée
  recbar ctl start | stop | pause | resume | tag
  recbar ctl metadata CLÉ=VALEUR... joint des données d&apos;appel
  recbar ctl duplicate-start | duplicate-stop | screen-start | screen-stop
  recbar ctl library                ouvre la bibliothèque d&apos;enregistrements
  recbar ctl team [--json]          l&apos;appel et l&apos;enregistrement de chaque agent (superviseurs)
  recbar ctl team start | resume AGENT   enregistre l&apos;appel de cet agent ; termine sa pause
  recbar ctl team show              ouvre la fenêtre d&apos;équipe
  recbar ctl diagnostics [--json]   mémoire, descripteurs, objets et minuteries en usage
  recbar ctl audit verify [FICHIER] vérifie la chaîne du journal d&apos;audit (sans barre lancée)
  recbar scan [--json] FICHIER|DOSSIER... numéros de carte prononcés dans des enregistrements (sans barre lancée)
  recbar recbar:pause               la commande d&apos;un lien (show, start, stop, pause, resume,
                                    tag, metadata?CLÉ=VALEUR&amp;...) pour la barre lancée

Les commandes ctl attendent la confirmation du serveur. Codes de sortie : 0 fait,
1 refusé ou échoué, 2 mauvais usage, 3 RecBar n&apos;est pas lancé.</translation>
    </message>
</context>
<context>
    <name>recbar::DeleteConfirmation</name>
    <message>
        <source>an unknown number</source>
        <translation>un numéro inconnu</translation>
    </message>
    <message>
        <source>the call with %1</source>
        <translation>l&apos;appel avec %1</translation>
    </message>
    <message>
        <source>the call with %1, started at %2 (%3 so far)</source>
        <translation>l&apos;appel avec %1, commencé à %2 (%3 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>The audio and screen recording of %1 will be deleted</source>
        <translation>L&apos;enregistrement audio et l&apos;enregistrement d&apos;écran de %1 seront supprimés</translation>
    </message>
    <message>
        <source>%1, with its call data (%2)</source>
        <translation>%1, avec ses données d&apos;appel (%2)</translation>
    </message>
    <message>
        <source>%1. Only the basic contact record (time and numbers) is kept. This cannot be undone, and the call cannot be recorded again.</source>
        <translation>%1. Seule la fiche de contact de base (heure et numéros) est conservée. C&apos;est irréversible, et l&apos;appel ne pourra plus être enregistré.</translation>
    </message>
    <message>
        <source>Delete this call&apos;s recording?</source>
        <translation>Supprimer l&apos;enregistrement de cet appel ?</translation>
    </message>
    <message>
        <source>Keep the recording</source>
        <translation>Garder l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Supprimer l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>recbar::DigitSpotter</name>
    <message>
        <source>Cannot make a temporary folder for the speech model</source>
        <translation>Impossible de créer un dossier temporaire pour le modèle vocal</translation>
    </message>
    <message>
        <source>Cannot write the speech model to %1</source>
        <translation>Impossible d&apos;écrire le modèle vocal dans %1</translation>
    </message>
    <message>
        <source>The speech model is not installed (looked in %1): install pocketsphinx-en-us</source>
        <translation>Le modèle vocal n&apos;est pas installé (cherché dans %1) : installez pocketsphinx-en-us</translation>
    </message>
    <message>
        <source>The speech recogniser refused its settings</source>
        <translation>La reconnaissance vocale a refusé ses réglages</translation>
    </message>
    <message>
        <source>The speech model in %1 cannot be loaded</source>
        <translation>Le modèle vocal de %1 ne peut pas être chargé</translation>
    </message>
    <message>
        <source>The speech model in %1 cannot be loaded again</source>
        <translation>Le modèle vocal de %1 ne peut pas être rechargé</translation>
    </message>
</context>
<context>
    <name>recbar::Finesse</name>
    <message>
        <source>Finesse can only start a recording</source>
        <translation>Finesse ne peut que démarrer un enregistrement</translation>
    </message>
    <message>
        <source>Finesse starts recordings on Unified CCX only</source>
        <translation>Finesse ne démarre des enregistrements que sur Unified CCX</translation>
    </message>
    <message>
        <source>there is no call to record</source>
        <translation>aucun appel à enregistrer</translation>
    </message>
    <message>
        <source>Enter the notification service as wss://host:8445/ws</source>
        <translation>Saisissez le service de notifications sous la forme wss://hôte:8445/ws</translation>
    </message>
    <message>
        <source>Enter a keep-alive between %1 and %2 seconds</source>
        <translation>Saisissez un maintien de connexion entre %1 et %2 secondes</translation>
    </message>
    <message>
        <source>the server did not name its notification domain</source>
        <translation>le serveur n&apos;a pas indiqué son domaine de notifications</translation>
    </message>
    <message>
        <source>%1 is not encrypted and the profile does not allow that</source>
        <translation>%1 n&apos;est pas chiffré et le profil ne l&apos;autorise pas</translation>
    </message>
    <message>
        <source>this build of RecBar has no WebSocket support</source>
        <translation>cette version de RecBar ne prend pas en charge WebSocket</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Pushed by the notification service</source>
        <translation>Envoyées par le service de notifications</translation>
    </message>
    <message>
        <source>Read every few seconds</source>
        <translation>Lues toutes les quelques secondes</translation>
    </message>
    <message>
        <source>Notification service address</source>
        <translation>Adresse du service de notifications</translation>
    </message>
    <message>
        <source>wss://&lt;Finesse host&gt;:8445/ws</source>
        <translation>wss://&lt;hôte Finesse&gt;:8445/ws</translation>
    </message>
    <message>
        <source>&amp;Keep-alive every (s):</source>
        <translation>&amp;Maintien de connexion toutes les (s) :</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>Intervalle de maintien de connexion en secondes</translation>
    </message>
    <message>
        <source>Live updates:</source>
        <translation>Mises à jour en direct :</translation>
    </message>
    <message>
        <source>Notification service:</source>
        <translation>Service de notifications :</translation>
    </message>
    <message>
        <source>Enter the identity service&apos;s address as https://host:8553/…</source>
        <translation>Saisissez l&apos;adresse du service d&apos;identité sous la forme https://hôte:8553/…</translation>
    </message>
    <message>
        <source>Finesse did not say how this user signs in</source>
        <translation>Finesse n&apos;a pas dit comment cet utilisateur se connecte</translation>
    </message>
    <message>
        <source>Finesse&apos;s SystemInfo could not be read</source>
        <translation>Le SystemInfo de Finesse n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Whatever Finesse says</source>
        <translation>Ce que Finesse indique</translation>
    </message>
    <message>
        <source>A password</source>
        <translation>Un mot de passe</translation>
    </message>
    <message>
        <source>Single sign-on (the browser)</source>
        <translation>Authentification unique (le navigateur)</translation>
    </message>
    <message>
        <source>Identity service sign-in:</source>
        <translation>Connexion au service d&apos;identité :</translation>
    </message>
    <message>
        <source>Identity service authorization address</source>
        <translation>Adresse d&apos;autorisation du service d&apos;identité</translation>
    </message>
    <message>
        <source>https://&lt;Finesse host&gt;:8553/ids/v1/oauth/authorize</source>
        <translation>https://&lt;hôte Finesse&gt;:8553/ids/v1/oauth/authorize</translation>
    </message>
    <message>
        <source>Identity service tokens:</source>
        <translation>Jetons du service d&apos;identité :</translation>
    </message>
    <message>
        <source>Identity service token address</source>
        <translation>Adresse des jetons du service d&apos;identité</translation>
    </message>
    <message>
        <source>https://&lt;Finesse host&gt;:8553/ids/v1/oauth/token</source>
        <translation>https://&lt;hôte Finesse&gt;:8553/ids/v1/oauth/token</translation>
    </message>
    <message>
        <source>Identity service revocation:</source>
        <translation>Révocation au service d&apos;identité :</translation>
    </message>
    <message>
        <source>Identity service revocation address</source>
        <translation>Adresse de révocation du service d&apos;identité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Identity service client id</source>
        <translation>Identifiant client au service d&apos;identité</translation>
    </message>
    <message>
        <source>from your administrator</source>
        <translation>fourni par votre administrateur</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>Identity service client secret</source>
        <translation>Secret client au service d&apos;identité</translation>
    </message>
    <message>
        <source>only if your administrator gives one</source>
        <translation>seulement si votre administrateur en fournit un</translation>
    </message>
</context>
<context>
    <name>recbar::FinesseNotifications</name>
    <message>
        <source>the notification service answered HTTP %1, not a WebSocket</source>
        <translation>le service de notifications a répondu HTTP %1, pas un WebSocket</translation>
    </message>
    <message>
        <source>the notification service refused the connection</source>
        <translation>le service de notifications a refusé la connexion</translation>
    </message>
    <message>
        <source>the notification service closed the connection</source>
        <translation>le service de notifications a fermé la connexion</translation>
    </message>
    <message>
        <source>the notification service&apos;s host was not found</source>
        <translation>l&apos;hôte du service de notifications est introuvable</translation>
    </message>
    <message numerus="yes">
        <source>no answer to a keep-alive within %n s</source>
        <translation>
            <numerusform>pas de réponse au maintien de connexion en %n s</numerusform>
            <numerusform>pas de réponse au maintien de connexion en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the notification service did not answer within %n s</source>
        <translation>
            <numerusform>le service de notifications n&apos;a pas répondu en %n s</numerusform>
            <numerusform>le service de notifications n&apos;a pas répondu en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>its certificate is not the one trusted for this server</source>
        <translation>son certificat n&apos;est pas celui approuvé pour ce serveur</translation>
    </message>
    <message>
        <source>the notification service sent binary data</source>
        <translation>le service de notifications a envoyé des données binaires</translation>
    </message>
    <message>
        <source>its certificate is not trusted (%1)</source>
        <translation>son certificat n&apos;est pas approuvé (%1)</translation>
    </message>
    <message>
        <source>the notification service ended the stream</source>
        <translation>le service de notifications a terminé le flux</translation>
    </message>
    <message>
        <source>the notification service reported a stream error (%1)</source>
        <translation>le service de notifications a signalé une erreur de flux (%1)</translation>
    </message>
    <message>
        <source>the notification service refused the sign-in (%1)</source>
        <translation>le service de notifications a refusé la connexion (%1)</translation>
    </message>
    <message>
        <source>the notification service offers no password sign-in (SASL PLAIN)</source>
        <translation>le service de notifications ne propose pas de connexion par mot de passe (SASL PLAIN)</translation>
    </message>
    <message>
        <source>the notification service offers no resource binding</source>
        <translation>le service de notifications ne propose pas de liaison de ressource</translation>
    </message>
    <message>
        <source>the notification service refused the resource (%1)</source>
        <translation>le service de notifications a refusé la ressource (%1)</translation>
    </message>
    <message>
        <source>the notification service bound no address</source>
        <translation>le service de notifications n&apos;a attribué aucune adresse</translation>
    </message>
    <message>
        <source>the notification service refused the subscription (%1)</source>
        <translation>le service de notifications a refusé l&apos;abonnement (%1)</translation>
    </message>
</context>
<context>
    <name>recbar::FolderScanner</name>
    <message>
        <source>%1: the sidecar is not JSON (%2)</source>
        <translation>%1 : le fichier annexe n&apos;est pas du JSON (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>recbar::FoldersDialog</name>
    <message>
        <source>Folders of recordings</source>
        <translation>Dossiers d&apos;enregistrements</translation>
    </message>
    <message>
        <source>RecBar reads these folders and the folders inside them, and watches them for new recordings.</source>
        <translation>RecBar lit ces dossiers et les dossiers qu’ils contiennent, et les surveille pour les nouveaux enregistrements.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Cachés</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Reads every file of the folder again</source>
        <translation>Relit tous les fichiers du dossier</translation>
    </message>
    <message>
        <source>The folder&apos;s recordings leave the library; its files stay</source>
        <translation>Les enregistrements du dossier quittent la bibliothèque ; ses fichiers restent</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>Ajouter un dossier d&apos;enregistrements</translation>
    </message>
    <message>
        <source>reading, %1 of %2</source>
        <translation>lecture, %1 sur %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Hidden, left out: %1</source>
        <translation>Caché, laissé de côté : %1</translation>
    </message>
    <message>
        <source>Remove the folder?</source>
        <translation>Retirer le dossier ?</translation>
    </message>
    <message>
        <source>Remove %1 from the library?</source>
        <translation>Retirer %1 de la bibliothèque ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n recording(s) leave the list, with the notes and tags written for them. The files stay where they are.</source>
        <translation>
            <numerusform>Son enregistrement quitte la liste, avec les notes et étiquettes écrites pour lui. Les fichiers restent où ils sont.</numerusform>
            <numerusform>Ses %n enregistrements quittent la liste, avec les notes et étiquettes écrites pour eux. Les fichiers restent où ils sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its recordings leave the list, with the notes and tags written for them. The files stay where they are.</source>
        <translation>Ses enregistrements quittent la liste, avec les notes et étiquettes écrites pour eux. Les fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>recbar::HttpSession</name>
    <message>
        <source>more than %1 KiB</source>
        <translation>plus de %1 Kio</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>%1 KiB announced, at most %2 KiB read</source>
        <translation>%1 Kio annoncés, %2 Kio lus au plus</translation>
    </message>
</context>
<context>
    <name>recbar::Imagicle</name>
    <message>
        <source>set your extension in the profile to pause a recording this bar did not start</source>
        <translation>indiquez votre poste dans le profil pour mettre en pause un enregistrement que cette barre n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>this bar did not start the recording on this call, and Imagicle stops a recording only by the id its start returned</source>
        <translation>cette barre n’a pas démarré l’enregistrement de cet appel, et Imagicle n’arrête un enregistrement que par l’identifiant renvoyé à son démarrage</translation>
    </message>
    <message>
        <source>E&amp;xtension (line):</source>
        <translation>Pos&amp;te (ligne) :</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>the user&apos;s own line</source>
        <translation>la ligne de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>recbar::Library</name>
    <message>
        <source>Cannot create the library&apos;s folders</source>
        <translation>Impossible de créer les dossiers de la bibliothèque</translation>
    </message>
    <message>
        <source>Signed out before the download finished</source>
        <translation>Déconnecté avant la fin du téléchargement</translation>
    </message>
    <message>
        <source>Cannot save the download in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le téléchargement dans %1 : %2</translation>
    </message>
    <message>
        <source>The server sent an empty file</source>
        <translation>Le serveur a envoyé un fichier vide</translation>
    </message>
    <message>
        <source>The download stopped after %1 of %2 bytes</source>
        <translation>Le téléchargement s&apos;est arrêté après %1 octets sur %2</translation>
    </message>
    <message>
        <source>The downloaded file is not playable: %1</source>
        <translation>Le fichier téléchargé est illisible : %1</translation>
    </message>
    <message>
        <source>Cannot move the download into place</source>
        <translation>Impossible de mettre le téléchargement à sa place</translation>
    </message>
    <message>
        <source>This recording cannot be fetched from the current server</source>
        <translation>Cet enregistrement ne peut pas être récupéré sur le serveur actuel</translation>
    </message>
    <message>
        <source>The server&apos;s file name is not usable</source>
        <translation>Le nom de fichier du serveur est inutilisable</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied</source>
        <translation>
            <numerusform>%n enregistrement copié</numerusform>
            <numerusform>%n enregistrements copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not on disk (listed in the CSV without a file)</source>
        <translation>
            <numerusform>; %n absent du disque (dans le CSV sans fichier)</numerusform>
            <numerusform>; %n absents du disque (dans le CSV sans fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>; not copied: %1</source>
        <translation> ; non copié : %1</translation>
    </message>
</context>
<context>
    <name>recbar::LibraryModel</name>
    <message>
        <source>In</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Écoutée</translation>
    </message>
    <message>
        <source>The file ends before its header says it does: it was cut off; what is there plays</source>
        <translation>Le fichier s&apos;arrête avant ce que dit son en-tête : il a été coupé ; ce qu&apos;il contient se lit</translation>
    </message>
    <message>
        <source>The file cannot be read as audio</source>
        <translation>Le fichier ne peut pas être lu comme du son</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Coupé</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>Not scanned for spoken card numbers yet</source>
        <translation>Pas encore écouté pour des numéros de carte</translation>
    </message>
    <message>
        <source>Heard outside a pause</source>
        <translation>Entendu hors pause</translation>
    </message>
    <message>
        <source>Kept out by a pause</source>
        <translation>Écarté par une pause</translation>
    </message>
    <message>
        <source>None heard</source>
        <translation>Aucun entendu</translation>
    </message>
    <message numerus="yes">
        <source>A card number was heard %n time(s) while recording ran</source>
        <translation>
            <numerusform>Un numéro de carte a été entendu %n fois pendant l&apos;enregistrement</numerusform>
            <numerusform>Un numéro de carte a été entendu %n fois pendant l&apos;enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <source>A card number was spoken only while the recording was paused</source>
        <translation>Un numéro de carte n&apos;a été dit que pendant la pause de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No spoken card number was heard</source>
        <translation>Aucun numéro de carte dit n&apos;a été entendu</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
</context>
<context>
    <name>recbar::LibraryWindow</name>
    <message>
        <source>RecBar recordings</source>
        <translation>Enregistrements RecBar</translation>
    </message>
    <message>
        <source>Recordings library</source>
        <translation>Bibliothèque d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add a folder of recordings</source>
        <translation>Ajouter un dossier d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Refresh from the server</source>
        <translation>Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>Reading the server&apos;s recordings…</source>
        <translation>Lecture des enregistrements du serveur…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Exporter la sélection…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Call data</source>
        <translation>Données d&apos;appel</translation>
    </message>
    <message>
        <source>Paused only</source>
        <translation>Avec pauses seulement</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Recording details</source>
        <translation>Détails de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes. A line like &quot;1:23 customer upset&quot; marks that moment.</source>
        <translation>Notes. Une ligne comme « 1:23 client mécontent » marque ce moment.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Le téléchargement a échoué : %1</translation>
    </message>
    <message>
        <source>The server&apos;s list could not be read: %1</source>
        <translation>Impossible de lire la liste du serveur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) on the server</source>
        <translation>
            <numerusform>%n enregistrement sur le serveur</numerusform>
            <numerusform>%n enregistrements sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recording(s)</source>
        <translation>
            <numerusform>%1 : %n enregistrement</numerusform>
            <numerusform>%1 : %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording selected</source>
        <translation>Aucun enregistrement sélectionné</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Fetching the recording from the server…</source>
        <translation>Récupération de l&apos;enregistrement sur le serveur…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Select the recordings to export first</source>
        <translation>Choisissez d&apos;abord les enregistrements à exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Could not save: nothing was changed</source>
        <translation>Impossible d&apos;enregistrer : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Search numbers, agents, tags, call data, notes, file names</source>
        <translation>Rechercher numéros, agents, étiquettes, données d&apos;appel, notes, noms de fichier</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore écoutées</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marquer comme &amp;écoutée</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Reviewed by %1, %2</source>
        <translation>Écoutée par %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) marked reviewed</source>
        <translation>
            <numerusform>%n enregistrement marqué comme écouté</numerusform>
            <numerusform>%n enregistrements marqués comme écoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) marked not reviewed</source>
        <translation>
            <numerusform>%n enregistrement marqué comme non écouté</numerusform>
            <numerusform>%n enregistrements marqués comme non écoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold %1 in all</source>
        <translation>En attente %1 au total</translation>
    </message>
    <message>
        <source>Folders…</source>
        <translation>Dossiers…</translation>
    </message>
    <message>
        <source>Recordings the recorder says were paused; silence in the audio is not a pause</source>
        <translation>Enregistrements que l&apos;enregistreur dit mis en pause ; le silence dans le son n&apos;est pas une pause</translation>
    </message>
    <message>
        <source>Recordings shown</source>
        <translation>Enregistrements affichés</translation>
    </message>
    <message>
        <source>Folder scan</source>
        <translation>Lecture des dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recording(s)</source>
        <translation>
            <numerusform>%1 sur %n enregistrement</numerusform>
            <numerusform>%1 sur %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Puts down who reviewed the selected recordings, and when</source>
        <translation>Note qui a revu les enregistrements choisis, et quand</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Notes and tags are saved as you type; this saves them at once (Ctrl+S)</source>
        <translation>Les notes et étiquettes sont enregistrées pendant la frappe ; ceci les enregistre tout de suite (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reviewed ✓</source>
        <translation>Revu ✓</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Télécharger à nouveau</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 sur %2 fichiers</translation>
    </message>
    <message>
        <source>Reading folders: %1</source>
        <translation>Lecture des dossiers : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recording(s), %2 unreadable (see Folders…)</source>
        <translation>
            <numerusform>%1 : %n enregistrement, %2 illisibles (voir Dossiers…)</numerusform>
            <numerusform>%1 : %n enregistrements, %2 illisibles (voir Dossiers…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut off: the file ends before its header says it does</source>
        <translation>Coupé : le fichier s&apos;arrête avant ce que dit son en-tête</translation>
    </message>
    <message>
        <source>Unreadable: the file is not audio RecBar can read</source>
        <translation>Illisible : le fichier n&apos;est pas un son que RecBar sait lire</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n time(s), %1 in all</source>
        <translation>
            <numerusform>En pause %n fois, %1 en tout</numerusform>
            <numerusform>En pause %n fois, %1 en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes and tags could not be saved; they are kept here and saved as soon as the library allows</source>
        <translation>Les notes et étiquettes n&apos;ont pas pu être enregistrées ; elles restent ici et seront enregistrées dès que la bibliothèque le permettra</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) left the library before their notes could be saved</source>
        <translation>
            <numerusform>%n enregistrement a quitté la bibliothèque avant que ses notes soient enregistrées</numerusform>
            <numerusform>%n enregistrements ont quitté la bibliothèque avant que leurs notes soient enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes and tags saved</source>
        <translation>Notes et étiquettes enregistrées</translation>
    </message>
    <message>
        <source>Scan for card numbers</source>
        <translation>Chercher des numéros de carte</translation>
    </message>
    <message>
        <source>Scan new recordings</source>
        <translation>Analyser les nouveaux enregistrements</translation>
    </message>
    <message>
        <source>Listens to the selected recordings (with none selected, every one listed) for spoken card numbers, on this computer; only the count of digits and the last four are kept</source>
        <translation>Écoute les enregistrements choisis (sans choix, tous ceux de la liste) pour y trouver des numéros de carte dits, sur cet ordinateur ; seuls le nombre de chiffres et les quatre derniers sont gardés</translation>
    </message>
    <message>
        <source>This RecBar was built without speech recognition</source>
        <translation>Ce RecBar a été construit sans reconnaissance vocale</translation>
    </message>
    <message>
        <source>Card number heard outside a pause</source>
        <translation>Numéro de carte entendu hors pause</translation>
    </message>
    <message>
        <source>Recordings in which a scan heard a card number read out while recording ran</source>
        <translation>Enregistrements où l&apos;analyse a entendu un numéro de carte lu pendant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Card number scan</source>
        <translation>Recherche de numéros de carte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stops listening for card numbers; what was heard is kept</source>
        <translation>Arrête l&apos;écoute ; ce qui a été entendu est gardé</translation>
    </message>
    <message>
        <source>Cancel the card number scan</source>
        <translation>Annuler la recherche de numéros de carte</translation>
    </message>
    <message>
        <source>Card numbers: %1 of %2</source>
        <translation>Numéros de carte : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>No card number heard outside a pause in %n recording(s)</source>
        <translation>
            <numerusform>Aucun numéro de carte entendu hors pause dans %n enregistrement</numerusform>
            <numerusform>Aucun numéro de carte entendu hors pause dans %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A card number was heard outside a pause in %1 of %n recording(s)</source>
        <translation>
            <numerusform>Un numéro de carte a été entendu hors pause dans %1 sur %n enregistrement</numerusform>
            <numerusform>Un numéro de carte a été entendu hors pause dans %1 sur %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Arrêté. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be scanned: %1</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être analysé : %1</numerusform>
            <numerusform>%n n&apos;ont pas pu être analysés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no recording to scan</source>
        <translation>Il n&apos;y a aucun enregistrement à analyser</translation>
    </message>
    <message>
        <source>Hear card number</source>
        <translation>Écouter le numéro</translation>
    </message>
    <message>
        <source>Plays from the next spoken card number a scan heard</source>
        <translation>Lit à partir du prochain numéro de carte entendu par l&apos;analyse</translation>
    </message>
    <message>
        <source>No card number heard (scanned %1)</source>
        <translation>Aucun numéro de carte entendu (analysé le %1)</translation>
    </message>
    <message>
        <source>Click to hear it</source>
        <translation>Cliquer pour l&apos;écouter</translation>
    </message>
    <message>
        <source>Listens for spoken card numbers in every recording not scanned yet, then in each one as it arrives in the library</source>
        <translation>Écoute chaque enregistrement pas encore analysé, puis chacun à son arrivée dans la bibliothèque, pour y trouver des numéros de carte dits</translation>
    </message>
    <message numerus="yes">
        <source>%n not on disk (download them to scan them)</source>
        <translation>
            <numerusform>%n pas sur le disque (à télécharger pour l&apos;analyser)</numerusform>
            <numerusform>%n pas sur le disque (à télécharger pour les analyser)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recbar::LocalPeer</name>
    <message>
        <source>the connection has no descriptor to check</source>
        <translation>la connexion n’a pas de descripteur à vérifier</translation>
    </message>
    <message>
        <source>the other end cannot be identified (%1)</source>
        <translation>l’autre extrémité ne peut pas être identifiée (%1)</translation>
    </message>
    <message>
        <source>the other end runs as another user (uid %1)</source>
        <translation>l’autre extrémité s’exécute sous un autre utilisateur (uid %1)</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2)</source>
        <translation>%1 ne peut pas être créé (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2)</source>
        <translation>%1 appartient à un autre utilisateur (uid %2)</translation>
    </message>
    <message>
        <source>%1 is open to other users (mode %2)</source>
        <translation>%1 est ouvert aux autres utilisateurs (mode %2)</translation>
    </message>
    <message>
        <source>the other end cannot be identified (error %1)</source>
        <translation>l’autre extrémité ne peut pas être identifiée (erreur %1)</translation>
    </message>
    <message>
        <source>the other end runs as another user</source>
        <translation>l’autre extrémité s’exécute sous un autre utilisateur</translation>
    </message>
    <message>
        <source>%1 cannot be put in place (%2)</source>
        <translation>%1 ne peut pas être mis en place (%2)</translation>
    </message>
    <message>
        <source>%1 is already held by another process (error %2)</source>
        <translation>%1 est déjà tenu par un autre processus (erreur %2)</translation>
    </message>
</context>
<context>
    <name>recbar::LoopbackRedirect</name>
    <message>
        <source>RecBar could not listen for the browser&apos;s return on this computer (%1)</source>
        <translation>RecBar n&apos;a pas pu attendre le retour du navigateur sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>The browser&apos;s return to RecBar was too large to be a sign-in</source>
        <translation>Le retour du navigateur vers RecBar était trop volumineux pour être une connexion</translation>
    </message>
    <message>
        <source>Something other than the browser&apos;s return from the sign-in reached RecBar&apos;s sign-in listener; nothing was signed in</source>
        <translation>Autre chose que le retour du navigateur après la connexion a atteint l&apos;écoute de connexion de RecBar ; aucune connexion n&apos;a été faite</translation>
    </message>
</context>
<context>
    <name>recbar::PlayerEngine</name>
    <message>
        <source>The audio output failed</source>
        <translation>La sortie audio a échoué</translation>
    </message>
</context>
<context>
    <name>recbar::PlayerWidget</name>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Reculer de 5 secondes</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Reculer de 5 secondes (Gauche)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lire ou mettre en pause (Espace)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avancer de 5 secondes</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Avancer de 5 secondes (Droite)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Loop the selection</source>
        <translation>Répéter la sélection</translation>
    </message>
    <message>
        <source>Loop the selected span (L); drag on the waveform to select</source>
        <translation>Répéter le passage choisi (L) ; faites glisser sur la forme d&apos;onde pour le choisir</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Speed ([ slower, ] faster); the pitch stays</source>
        <translation>Vitesse ([ plus lent, ] plus rapide) ; la hauteur du son est conservée</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (Up, Down)</source>
        <translation>Volume (Haut, Bas)</translation>
    </message>
    <message>
        <source>Player message</source>
        <translation>Message du lecteur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Choisissez un enregistrement</translation>
    </message>
    <message>
        <source>The audio is on the server: download it to play it</source>
        <translation>L&apos;audio est sur le serveur : téléchargez-le pour l&apos;écouter</translation>
    </message>
    <message>
        <source>This recording cannot be played</source>
        <translation>Cet enregistrement ne peut pas être lu</translation>
    </message>
    <message>
        <source>The file is shorter than its header says: it was cut off; what is there plays</source>
        <translation>Le fichier est plus court que ne l&apos;indique son en-tête : il a été coupé ; ce qui reste est lu</translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation>Lecture de la forme d&apos;onde…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sides heard</source>
        <translation>Côtés écoutés</translation>
    </message>
    <message>
        <source>A two-channel recording has one party on each side</source>
        <translation>Un enregistrement à deux canaux a un interlocuteur de chaque côté</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Les deux côtés</translation>
    </message>
    <message>
        <source>Balance between the sides</source>
        <translation>Balance entre les côtés</translation>
    </message>
    <message>
        <source>Hear:</source>
        <translation>Écouter :</translation>
    </message>
    <message>
        <source>&amp;Skip silence</source>
        <translation>&amp;Sauter les silences</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Sauter les silences</translation>
    </message>
    <message>
        <source>Jump over stretches without speech, pauses and hold (S)</source>
        <translation>Sauter les passages sans parole, les pauses et les attentes (S)</translation>
    </message>
    <message>
        <source>longer than </source>
        <translation>de plus de </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Shortest stretch skipped</source>
        <translation>Plus court passage sauté</translation>
    </message>
    <message>
        <source>Lean towards the left side or the right</source>
        <translation>Pencher vers le côté gauche ou droit</translation>
    </message>
    <message>
        <source>Agent only (left)</source>
        <translation>Seulement l&apos;agent (gauche)</translation>
    </message>
    <message>
        <source>Agent only (right)</source>
        <translation>Seulement l&apos;agent (droite)</translation>
    </message>
    <message>
        <source>Customer only (left)</source>
        <translation>Seulement le client (gauche)</translation>
    </message>
    <message>
        <source>Customer only (right)</source>
        <translation>Seulement le client (droite)</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Seulement le côté gauche</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Seulement le côté droit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>recbar::ProfileForm</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Recordings list</source>
        <translation>Liste des enregistrements</translation>
    </message>
    <message>
        <source>the same server</source>
        <translation>le même serveur</translation>
    </message>
    <message>
        <source>Allow the password over plain HTTP (unencrypted)</source>
        <translation>Autoriser l&apos;envoi du mot de passe en HTTP non chiffré</translation>
    </message>
    <message>
        <source>Start recording when a call is answered (always on)</source>
        <translation>Démarrer l&apos;enregistrement quand un appel est décroché (toujours actif)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Recording control</source>
        <translation>Commande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Call-state source</source>
        <translation>Source de l&apos;état des appels</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Call-state server address</source>
        <translation>Adresse du serveur d&apos;état des appels</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Allow plain HTTP</source>
        <translation>Autoriser HTTP non chiffré</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Toujours actif</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>Recording &amp;control:</source>
        <translation>&amp;Commande d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>Recordings &amp;list from:</source>
        <translation>&amp;Liste des enregistrements depuis :</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Status read when &amp;idle every:</source>
        <translation>Lire l&apos;état au re&amp;pos toutes les :</translation>
    </message>
    <message>
        <source>Auto-&amp;resume a pause after:</source>
        <translation>Reprendre &amp;automatiquement une pause après :</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Problèmes dans le profil</translation>
    </message>
    <message>
        <source>One server does both.</source>
        <translation>Un seul serveur fait les deux.</translation>
    </message>
    <message>
        <source>the same user</source>
        <translation>le même utilisateur</translation>
    </message>
    <message>
        <source>User name on the call-state server</source>
        <translation>Nom d’utilisateur sur le serveur d’état des appels</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>%1 carries the commands; %2 tells the call state.
Their recording state comes from the answers to your commands.</source>
        <translation>%1 reçoit les commandes ; %2 donne l&apos;état de l&apos;appel.
L&apos;état de l&apos;enregistrement vient des réponses à vos commandes.</translation>
    </message>
    <message>
        <source>Ask before stopping or restarting a recording</source>
        <translation>Demander avant d&apos;arrêter ou de recommencer un enregistrement</translation>
    </message>
    <message>
        <source>Ask before stopping</source>
        <translation>Demander avant d&apos;arrêter</translation>
    </message>
    <message>
        <source>Call s&amp;tate from:</source>
        <translation>É&amp;tat des appels de :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Call-state s&amp;erver:</source>
        <translation>S&amp;erveur de l&apos;état des appels :</translation>
    </message>
    <message>
        <source>User name t&amp;here:</source>
        <translation>Utilisateur &amp;là-bas :</translation>
    </message>
    <message>
        <source>Status read &amp;on a call every:</source>
        <translation>Lire l&apos;état &amp;en appel toutes les :</translation>
    </message>
</context>
<context>
    <name>recbar::Qm</name>
    <message>
        <source>Enter your QM user id (sender_id)</source>
        <translation>Saisissez votre id d&apos;utilisateur QM (sender_id)</translation>
    </message>
    <message>
        <source>Enter the peripheral id, e.g. 5001</source>
        <translation>Saisissez l&apos;id de périphérique, par ex. 5001</translation>
    </message>
    <message>
        <source>the QM server asks for a password, which QM Recording Controls do not use: RecBar sends none</source>
        <translation>le serveur QM demande un mot de passe, que QM Recording Controls n’utilise pas : RecBar n’en envoie aucun</translation>
    </message>
    <message>
        <source>QM user id</source>
        <translation>Identifiant utilisateur QM</translation>
    </message>
    <message>
        <source>Peripheral id</source>
        <translation>Identifiant de périphérique</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>Pos&amp;te :</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>the server&apos;s own record</source>
        <translation>l’enregistrement du serveur</translation>
    </message>
    <message>
        <source>QM recording type</source>
        <translation>Type d’enregistrement QM</translation>
    </message>
    <message>
        <source>Agent recording (desktop, network or server)</source>
        <translation>Enregistrement d’agent (poste, réseau ou serveur)</translation>
    </message>
    <message>
        <source>Gateway recording (e.g. MediaSense)</source>
        <translation>Enregistrement en passerelle (p. ex. MediaSense)</translation>
    </message>
    <message>
        <source>&amp;QM user id (sender_id):</source>
        <translation>Id d&apos;utilisateur &amp;QM (sender_id) :</translation>
    </message>
    <message>
        <source>Peripheral id:</source>
        <translation>Id du périphérique :</translation>
    </message>
    <message>
        <source>QM recording:</source>
        <translation>Enregistrement QM :</translation>
    </message>
    <message>
        <source>from your administrator; not your extension</source>
        <translation>fourni par votre administrateur ; pas votre poste</translation>
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
        <translation>Impossible d&apos;ouvrir la bibliothèque d&apos;enregistrements : %1</translation>
    </message>
    <message>
        <source>Welcome to RecBar. Sign in to your recording server.</source>
        <translation>Bienvenue dans RecBar. Connectez-vous à votre serveur d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>--demo-server takes a recsim on this machine, such as http://127.0.0.1:8080</source>
        <translation>--demo-server attend un recsim sur cet ordinateur, par exemple http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Demo (recsim)</source>
        <translation>Démonstration (recsim)</translation>
    </message>
    <message>
        <source>A link was refused: %1</source>
        <translation>Un lien a été refusé : %1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1. Your commands still work, but are not recorded there.</source>
        <translation>Le journal d’audit ne peut pas être écrit : %1. Vos commandes fonctionnent toujours, mais n’y sont pas consignées.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>ok (not keyed: no keychain)</source>
        <translation>correct (sans clé : pas de trousseau)</translation>
    </message>
    <message>
        <source>recbar ctl and recbar: links do not reach this bar: %1</source>
        <translation>recbar ctl et les liens recbar: n’atteignent pas cette barre : %1</translation>
    </message>
    <message>
        <source>A recbar: link on a web page asked: %1</source>
        <translation>Un lien recbar: d’une page web a demandé : %1</translation>
    </message>
    <message>
        <source>--demo-kind takes recording-api or finesse</source>
        <translation>--demo-kind accepte recording-api ou finesse</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>La démo n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Audit log: %1. Your commands still work.</source>
        <translation>Journal d&apos;audit : %1. Vos commandes fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent</source>
        <translation>Pas connecté : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>A stopped recording cannot be continued: Record starts a new one</source>
        <translation>Un enregistrement arrêté ne peut pas reprendre : Enregistrer en commence un nouveau</translation>
    </message>
    <message>
        <source>This server cannot take it back</source>
        <translation>Ce serveur ne peut pas l’annuler</translation>
    </message>
    <message>
        <source>It cannot be taken back</source>
        <translation>Cela ne peut pas être annulé</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Stop recording this call?</source>
        <translation>Arrêter l&apos;enregistrement de cet appel ?</translation>
    </message>
    <message>
        <source>Discard what was recorded of this call and record it again?</source>
        <translation>Jeter ce qui a été enregistré de cet appel et le réenregistrer ?</translation>
    </message>
    <message>
        <source>Don&apos;t stop</source>
        <translation>Ne pas arrêter</translation>
    </message>
    <message>
        <source>Don&apos;t restart</source>
        <translation>Ne pas recommencer</translation>
    </message>
    <message>
        <source>--demo-role takes agent or supervisor</source>
        <translation>--demo-role prend agent ou supervisor</translation>
    </message>
    <message>
        <source>A link&apos;s command failed: %1</source>
        <translation>La commande d’un lien a échoué : %1</translation>
    </message>
    <message>
        <source>--demo-auth takes password, or sso with the finesse kind</source>
        <translation>--demo-auth accepte password, ou sso avec le type finesse</translation>
    </message>
    <message>
        <source>RecBar could not open your browser: the sign-in page&apos;s address is on the clipboard. Paste it into your browser.</source>
        <translation>RecBar n&apos;a pas pu ouvrir votre navigateur : l&apos;adresse de la page de connexion est dans le presse-papiers. Collez-la dans votre navigateur.</translation>
    </message>
    <message>
        <source>another RecBar is already running</source>
        <translation>un autre RecBar est déjà lancé</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingApi</name>
    <message>
        <source>Choose how the Recording API identifies the agent</source>
        <translation>Choisissez comment la Recording API identifie l&apos;agent</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s identifier for the Recording API</source>
        <translation>Saisissez l&apos;identifiant de l&apos;agent pour la Recording API</translation>
    </message>
    <message>
        <source>The Recording API has no such command</source>
        <translation>La Recording API n&apos;a pas cette commande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no place on this server: the Recording API keeps call data under user1 to user15, and this profile maps %2</source>
        <translation>« %1 » n’a pas de place sur ce serveur : la Recording API range les données d’appel sous user1 à user15, et ce profil associe %2</translation>
    </message>
    <message>
        <source>no other names</source>
        <translation>aucun autre nom</translation>
    </message>
    <message>
        <source>&amp;Agent known by:</source>
        <translation>&amp;Agent identifié par :</translation>
    </message>
    <message>
        <source>Agent identifier kind</source>
        <translation>Type d’identifiant de l’agent</translation>
    </message>
    <message>
        <source>Agent identifier</source>
        <translation>Identifiant de l’agent</translation>
    </message>
    <message>
        <source>Call data fields</source>
        <translation>Champs de données d’appel</translation>
    </message>
    <message>
        <source>account=user1, customer=user2</source>
        <translation>compte=user1, client=user2</translation>
    </message>
    <message>
        <source>Server&apos;s time &amp;zone:</source>
        <translation>&amp;Fuseau horaire du serveur :</translation>
    </message>
    <message>
        <source>Server&apos;s time zone</source>
        <translation>Fuseau horaire du serveur</translation>
    </message>
    <message>
        <source>this computer&apos;s, or e.g. America/Chicago</source>
        <translation>celui de cet ordinateur, ou p. ex. America/Chicago</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone RecBar knows (e.g. Europe/Paris, America/Chicago, UTC)</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de RecBar (p. ex. Europe/Paris, America/Chicago, UTC)</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>Id. d&apos;agent</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Poste téléphonique</translation>
    </message>
    <message>
        <source>Computer sign-in name</source>
        <translation>Nom de connexion de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>CRM user name</source>
        <translation>Utilisateur du CRM</translation>
    </message>
    <message>
        <source>Recorder user name</source>
        <translation>Utilisateur de l&apos;enregistreur</translation>
    </message>
    <message>
        <source>A&amp;gent identifier:</source>
        <translation>Identifiant de l&apos;a&amp;gent :</translation>
    </message>
    <message>
        <source>Call data &amp;fields:</source>
        <translation>Champs des données d&apos;&amp;appel :</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingEvidence</name>
    <message>
        <source>Confirmed by the server&apos;s answer to “%1” at %2; its status does not show this</source>
        <translation>Confirmé par la réponse du serveur à « %1 » à %2 ; son état ne l’indique pas</translation>
    </message>
    <message>
        <source>This server does not report whether the call is recorded; RecBar shows what the answers to your commands say</source>
        <translation>Ce serveur n’indique pas si l’appel est enregistré ; RecBar affiche ce que disent les réponses à vos commandes</translation>
    </message>
</context>
<context>
    <name>recbar::RecordingIndex</name>
    <message>
        <source>The library is in use by another program; try again in a moment</source>
        <translation>Un autre programme utilise la bibliothèque ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>The library file is read-only</source>
        <translation>Le fichier de la bibliothèque est en lecture seule</translation>
    </message>
    <message>
        <source>The disk holding the library is full</source>
        <translation>Le disque de la bibliothèque est plein</translation>
    </message>
    <message>
        <source>The library file is damaged</source>
        <translation>Le fichier de la bibliothèque est endommagé</translation>
    </message>
    <message>
        <source>The library could not be updated: %1</source>
        <translation>Impossible de mettre à jour la bibliothèque : %1</translation>
    </message>
    <message>
        <source>The library file is damaged: %1</source>
        <translation>Le fichier de la bibliothèque est endommagé : %1</translation>
    </message>
    <message>
        <source>The library was written by a newer RecBar (schema %1)</source>
        <translation>La bibliothèque a été écrite par un RecBar plus récent (schéma %1)</translation>
    </message>
    <message>
        <source>The library could not read back what it saved</source>
        <translation>La bibliothèque n&apos;a pas pu relire ce qu&apos;elle a enregistré</translation>
    </message>
</context>
<context>
    <name>recbar::Scan</name>
    <message>
        <source>recbar scan: this RecBar was built without speech recognition (recbar-scan, PocketSphinx)</source>
        <translation>recbar scan : ce RecBar a été construit sans reconnaissance vocale (recbar-scan, PocketSphinx)</translation>
    </message>
    <message>
        <source>recbar scan: cannot start %1: %2</source>
        <translation>recbar scan : impossible de lancer %1 : %2</translation>
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
        <translation>Paramètres de RecBar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>This profile is set by your administrator.</source>
        <translation>Ce profil est défini par votre administrateur.</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save and &amp;use this profile</source>
        <translation>Enregistrer et &amp;utiliser ce profil</translation>
    </message>
    <message>
        <source>Keep the bar &amp;above other windows</source>
        <translation>Garder la barre &amp;au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Afficher les &amp;notifications du bureau</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>Start RecBar when I &amp;log in</source>
        <translation>Lancer RecBar à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Your administrator provides the profiles</source>
        <translation>Votre administrateur fournit les profils</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>The &amp;bar</source>
        <translation>La &amp;barre</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nou&amp;veau</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>Appa&amp;rence :</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>&amp;Keys in the bar:</source>
        <translation>&amp;Touches dans la barre :</translation>
    </message>
    <message>
        <source>Also single l&amp;etters, without a modifier</source>
        <translation>Aussi des l&amp;ettres seules, sans modificateur</translation>
    </message>
    <message>
        <source>Typing meant for another window can then start, stop or pause a recording while the bar has the focus</source>
        <translation>Une frappe destinée à une autre fenêtre peut alors démarrer, arrêter ou mettre en pause un enregistrement quand la barre a le focus</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
</context>
<context>
    <name>recbar::SignInDialog</name>
    <message>
        <source>Sign in to the recording server</source>
        <translation>Se connecter au serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Why you are asked to sign in</source>
        <translation>Pourquoi vous devez vous connecter</translation>
    </message>
    <message>
        <source>Recording server</source>
        <translation>Serveur d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only</source>
        <translation>Aucun trousseau : le mot de passe n&apos;est gardé que pour cette session</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <source>Password on the call-state server</source>
        <translation>Mot de passe sur le serveur d’état des appels</translation>
    </message>
    <message>
        <source>Pass&amp;word there:</source>
        <translation>Mot de pa&amp;sse là-bas :</translation>
    </message>
    <message>
        <source>&amp;Password (%1):</source>
        <translation>&amp;Mot de passe (%1) :</translation>
    </message>
    <message>
        <source>Pass&amp;word (%1):</source>
        <translation>Mot de pa&amp;sse (%1) :</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Start RecBar with a simulated recording server and a sample agent, to see how it works. Nothing reaches a real server; start RecBar again to sign in to yours.</source>
        <translation>Lance RecBar avec un serveur d&apos;enregistrement simulé et un agent d&apos;exemple, pour voir comment il fonctionne. Rien n&apos;atteint un vrai serveur ; relancez RecBar pour vous connecter au vôtre.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Enter the password for %1</source>
        <translation>Saisissez le mot de passe pour %1</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Saisissez le mot de passe</translation>
    </message>
    <message>
        <source>Recording &amp;server:</source>
        <translation>&amp;Serveur d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Its address, as your administrator gave it: https is used unless you write http://</source>
        <translation>Son adresse, telle que votre administrateur l&apos;a donnée : https est utilisé sauf si vous écrivez http://</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>What the server is</source>
        <translation>Ce qu&apos;est le serveur</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>T&amp;ype de serveur :</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Type de serveur</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Every setting of the profile</source>
        <translation>Tous les réglages du profil</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. recorder.example.com</source>
        <translation>Saisissez l&apos;adresse du serveur, p. ex. recorder.example.com</translation>
    </message>
    <message>
        <source>Asking %1 what it is…</source>
        <translation>On demande à %1 ce qu’il est…</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 n&apos;a pas pu être interrogé : %2</translation>
    </message>
    <message>
        <source>%1 answered, but not as a recording server RecBar knows (the Recording API, QM Recording Controls, Cisco Finesse, Imagicle). Check the address, or choose the server type under Advanced.</source>
        <translation>%1 a répondu, mais pas comme un serveur d&apos;enregistrement que RecBar connaît (la Recording API, QM Recording Controls, Cisco Finesse, Imagicle). Vérifiez l&apos;adresse, ou choisissez le type de serveur sous Avancé.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est %2.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 does not answer over https, but does over plain HTTP: to use it, type %2 (your password would travel unencrypted).</source>
        <translation>%1 ne répond pas en https, mais répond en HTTP simple : pour l&apos;utiliser, tapez %2 (votre mot de passe circulerait sans chiffrement).</translation>
    </message>
    <message>
        <source>How you sign in</source>
        <translation>Comment vous vous connectez</translation>
    </message>
    <message>
        <source>none if your company&apos;s page signs you in</source>
        <translation>aucun si la page de votre entreprise vous connecte</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Stay signed in (kept in the system keychain)</source>
        <translation>&amp;Rester connecté (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>You sign in through your company&apos;s sign-in page, in your browser: RecBar opens it for you.</source>
        <translation>Vous vous connectez par la page de connexion de votre entreprise, dans votre navigateur : RecBar l&apos;ouvre pour vous.</translation>
    </message>
</context>
<context>
    <name>recbar::Sndfile</name>
    <message>
        <source>libsndfile, which reads recordings, cannot be loaded: %1</source>
        <translation>libsndfile, qui lit les enregistrements, ne peut pas être chargée : %1</translation>
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
        <translation>%1 : en appel non enregistré</translation>
    </message>
    <message>
        <source>%1: in a secure pause since %2</source>
        <translation>%1 : en pause sécurisée depuis %2</translation>
    </message>
    <message>
        <source>%1: on a call whose recording cannot be told</source>
        <translation>%1 : en appel dont l&apos;enregistrement ne peut être connu</translation>
    </message>
    <message>
        <source>RecBar team</source>
        <translation>Équipe RecBar</translation>
    </message>
    <message numerus="yes">
        <source>RecBar team: %n concerns</source>
        <translation>
            <numerusform>Équipe RecBar : %n alerte</numerusform>
            <numerusform>Équipe RecBar : %n alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recbar::TeamBoard</name>
    <message>
        <source>%1: the agent is no longer in the server&apos;s list</source>
        <translation>%1 : l&apos;agent n&apos;est plus dans la liste du serveur</translation>
    </message>
    <message>
        <source>The server accepted the start, but its list still shows the call not recorded</source>
        <translation>Le serveur a accepté le lancement, mais sa liste montre encore l&apos;appel non enregistré</translation>
    </message>
    <message>
        <source>The server accepted the end of the pause, but its list still shows the agent paused</source>
        <translation>Le serveur a accepté la fin de la pause, mais sa liste montre encore l&apos;agent en pause</translation>
    </message>
    <message>
        <source>No agent %1 on the board</source>
        <translation>Aucun agent %1 sur le tableau</translation>
    </message>
    <message>
        <source>The agent is no longer in the server&apos;s list</source>
        <translation>L&apos;agent n&apos;est plus dans la liste du serveur</translation>
    </message>
    <message>
        <source>A command for this agent is still waiting for the server</source>
        <translation>Une commande pour cet agent attend encore le serveur</translation>
    </message>
    <message>
        <source>The agent is not on a call</source>
        <translation>L&apos;agent n&apos;est pas en appel</translation>
    </message>
    <message>
        <source>The call is already recorded</source>
        <translation>L&apos;appel est déjà enregistré</translation>
    </message>
    <message>
        <source>The agent is not in a secure pause</source>
        <translation>L&apos;agent n&apos;est pas en pause sécurisée</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Recording started at %1 (the server&apos;s answer: its list does not show recordings)</source>
        <translation>Enregistrement lancé à %1 (la réponse du serveur : sa liste ne montre pas les enregistrements)</translation>
    </message>
    <message>
        <source>Recording was started from the board on this call</source>
        <translation>L&apos;enregistrement de cet appel a été lancé depuis le tableau</translation>
    </message>
    <message>
        <source>Start accepted at %1; the server shows nothing that confirms the call is recorded</source>
        <translation>Démarrage accepté à %1 ; le serveur ne montre rien qui confirme que l’appel est enregistré</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Accepté %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarré %1</translation>
    </message>
</context>
<context>
    <name>recbar::TeamModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Gone from the server&apos;s list</source>
        <translation>Sorti de la liste du serveur</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Pas d&apos;appel</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>On a call %1</source>
        <translation>En appel %1</translation>
    </message>
    <message>
        <source>On hold %1</source>
        <translation>En attente %1</translation>
    </message>
    <message>
        <source>A call in a state not known %1</source>
        <translation>Un appel dans un état inconnu %1</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: waiting for the server</source>
        <translation>%1 : en attente du serveur</translation>
    </message>
    <message>
        <source>%1, agent id %2</source>
        <translation>%1, identifiant d&apos;agent %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>In a secure pause for %1; a pause longer than %2 is a concern</source>
        <translation>En pause sécurisée depuis %1 ; une pause de plus de %2 est un motif d’alerte</translation>
    </message>
</context>
<context>
    <name>recbar::TeamWindow</name>
    <message>
        <source>End the pause</source>
        <translation>Terminer la pause</translation>
    </message>
    <message>
        <source>Keep the pause</source>
        <translation>Garder la pause</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tableau d&apos;équipe</translation>
    </message>
    <message>
        <source>Last read of the agent list</source>
        <translation>Dernière lecture de la liste des agents</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : fait</translation>
    </message>
    <message>
        <source>Find an agent: name, id, extension or number</source>
        <translation>Trouver un agent : nom, identifiant, poste ou numéro</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Trouver un agent</translation>
    </message>
    <message>
        <source>&amp;Concerns only</source>
        <translation>&amp;Alertes seulement</translation>
    </message>
    <message>
        <source>Concerns only</source>
        <translation>Alertes seulement</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>&amp;Start recording</source>
        <translation>&amp;Lancer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;End the pause…</source>
        <translation>&amp;Terminer la pause…</translation>
    </message>
    <message>
        <source>End %1&apos;s secure pause and record the call again?

The agent may be taking a card number right now: what is said from then on is recorded.</source>
        <translation>Terminer la pause sécurisée de %1 et enregistrer de nouveau l&apos;appel ?

L&apos;agent est peut-être en train de noter un numéro de carte : ce qui est dit dès lors est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>RecBar team: %n on a call</source>
        <translation>
            <numerusform>Équipe RecBar : %n en appel</numerusform>
            <numerusform>Équipe RecBar : %n en appel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a concern</source>
        <translation>
            <numerusform>, %n avec une alerte</numerusform>
            <numerusform>, %n avec une alerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s), read at %1</source>
        <translation>
            <numerusform>%n agent, lu à %1</numerusform>
            <numerusform>%n agents, lus à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the agent list…</source>
        <translation>Lecture de la liste des agents…</translation>
    </message>
    <message>
        <source>The last read failed: %1</source>
        <translation>La dernière lecture a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read</source>
        <translation>
            <numerusform>%n entrée illisible</numerusform>
            <numerusform>%n entrées illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agent in the list</source>
        <translation>Choisissez un agent dans la liste</translation>
    </message>
    <message>
        <source>Monitor and record</source>
        <translation>Écouter et enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>live updates unavailable</source>
        <translation>mises à jour en direct indisponibles</translation>
    </message>
</context>
<context>
    <name>recbar::TrayIcon</name>
    <message>
        <source>Show the bar</source>
        <translation>Afficher la barre</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Recordings…</source>
        <translation>Enregistrements…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit RecBar</source>
        <translation>Quitter RecBar</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Équipe…</translation>
    </message>
</context>
<context>
    <name>recbar::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forme d&apos;onde</translation>
    </message>
    <message>
        <source>Click to jump to a moment, drag to select a span to loop</source>
        <translation>Cliquez pour aller à un moment, faites glisser pour choisir un passage à répéter</translation>
    </message>
    <message>
        <source>paused from %1 for %2</source>
        <translation>en pause à %1 pendant %2</translation>
    </message>
    <message>
        <source>No pauses</source>
        <translation>Sans pause</translation>
    </message>
    <message>
        <source>paused %1</source>
        <translation>en pause %1</translation>
    </message>
    <message>
        <source>Paused for %1</source>
        <translation>En pause depuis %1</translation>
    </message>
    <message>
        <source>on hold %1</source>
        <translation>en attente %1</translation>
    </message>
    <message>
        <source>%1× · %2–%3</source>
        <translation>%1× · %2–%3</translation>
    </message>
    <message>
        <source>On hold for %1</source>
        <translation>En attente pendant %1</translation>
    </message>
    <message>
        <source>Skipped: %1 without speech</source>
        <translation>Sauté : %1 sans parole</translation>
    </message>
    <message>
        <source>on hold from %1 for %2</source>
        <translation>en attente à partir de %1 pendant %2</translation>
    </message>
    <message>
        <source>silent from %1 for %2 (in the audio; not a pause)</source>
        <translation>silencieux à partir de %1 pendant %2 (dans le son ; pas une pause)</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>silent %1</source>
        <translation>silence %1</translation>
    </message>
    <message>
        <source>Silent for %1: found in the audio, not a pause</source>
        <translation>Silence de %1 : trouvé dans le son, pas une pause</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 card number heard outside a pause</source>
        <translation>%1 numéro de carte entendu hors pause</translation>
    </message>
    <message>
        <source>%1 card number spoken while paused (kept out)</source>
        <translation>%1 numéro de carte dit pendant une pause (écarté)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n digit(s), %2, ending %3; the recogniser was %4 % sure</source>
        <translation>
            <numerusform>%1 : %n chiffre, %2, se terminant par %3 ; sûr à %4 %</numerusform>
            <numerusform>%1 : %n chiffres, %2, se terminant par %3 ; sûr à %4 %</numerusform>
        </translation>
    </message>
    <message>
        <source>passes the Luhn check</source>
        <translation>passe le contrôle de Luhn</translation>
    </message>
    <message>
        <source>fails the Luhn check</source>
        <translation>échoue au contrôle de Luhn</translation>
    </message>
    <message>
        <source>card number ····%1</source>
        <translation>numéro de carte ····%1</translation>
    </message>
    <message>
        <source>card number, paused</source>
        <translation>numéro de carte, en pause</translation>
    </message>
</context>
<context>
    <name>recbar::finesse</name>
    <message>
        <source>not a Finesse User document</source>
        <translation>ce n&apos;est pas un document User de Finesse</translation>
    </message>
    <message>
        <source>malformed User document: %1</source>
        <translation>document User mal formé : %1</translation>
    </message>
    <message>
        <source>the User document lacks loginId or state</source>
        <translation>il manque loginId ou state au document User</translation>
    </message>
    <message>
        <source>not a Finesse Dialogs document</source>
        <translation>ce n&apos;est pas un document Dialogs de Finesse</translation>
    </message>
    <message>
        <source>a Dialog without an id</source>
        <translation>un Dialog sans id</translation>
    </message>
    <message>
        <source>malformed Dialogs document: %1</source>
        <translation>document Dialogs mal formé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Finesse on %1 does not say whether calls are recorded</source>
        <translation>Finesse sur %1 n’indique pas si les appels sont enregistrés</translation>
    </message>
    <message>
        <source>Unified CCE</source>
        <translation>Unified CCE</translation>
    </message>
    <message>
        <source>Finesse does not say whether this call is recorded</source>
        <translation>Finesse n’indique pas si cet appel est enregistré</translation>
    </message>
    <message>
        <source>On hold, Finesse does not say whether the call is recorded</source>
        <translation>En attente, Finesse n’indique pas si l’appel est enregistré</translation>
    </message>
    <message>
        <source>Finesse describes the call in words RecBar does not know</source>
        <translation>Finesse décrit l’appel avec des termes que RecBar ne connaît pas</translation>
    </message>
    <message>
        <source>not a Finesse Update</source>
        <translation>ce n&apos;est pas une Update Finesse</translation>
    </message>
    <message>
        <source>malformed Update: %1</source>
        <translation>Update mal formée : %1</translation>
    </message>
    <message>
        <source>an Update without data</source>
        <translation>une Update sans données</translation>
    </message>
    <message>
        <source>not a Finesse Team document</source>
        <translation>pas un document Team de Finesse</translation>
    </message>
    <message>
        <source>a team user lacks loginId or state</source>
        <translation>un utilisateur de l&apos;équipe n&apos;a pas de loginId ou d&apos;état</translation>
    </message>
    <message>
        <source>malformed Team document: %1</source>
        <translation>document Team mal formé : %1</translation>
    </message>
    <message>
        <source>Finesse does not report whether an agent&apos;s call is recorded</source>
        <translation>Finesse n&apos;indique pas si l&apos;appel d&apos;un agent est enregistré</translation>
    </message>
</context>
<context>
    <name>recbar::finesse::FinesseTeam</name>
    <message>
        <source>Finesse lists no team for this user: a supervisor&apos;s teams are set up in Finesse&apos;s administration</source>
        <translation>Finesse n&apos;indique aucune équipe pour cet utilisateur : les équipes d&apos;un superviseur se règlent dans l&apos;administration de Finesse</translation>
    </message>
    <message>
        <source>Finesse has no secure pause to end</source>
        <translation>Finesse n&apos;a pas de pause sécurisée à terminer</translation>
    </message>
    <message>
        <source>Finesse lists no extension for you: a supervisor records an agent&apos;s call by silently monitoring it from their own phone</source>
        <translation>Finesse n&apos;indique aucun poste pour vous : un superviseur enregistre l&apos;appel d&apos;un agent en l&apos;écoutant en silence depuis son propre téléphone</translation>
    </message>
    <message>
        <source>Finesse lists no extension for this agent</source>
        <translation>Finesse n&apos;indique aucun poste pour cet agent</translation>
    </message>
    <message>
        <source>Finesse refused the silent monitoring: %1</source>
        <translation>Finesse a refusé l&apos;écoute silencieuse : %1</translation>
    </message>
    <message>
        <source>Finesse accepted the silent monitoring, but no monitoring call came</source>
        <translation>Finesse a accepté l&apos;écoute silencieuse, mais aucun appel d&apos;écoute n&apos;est venu</translation>
    </message>
    <message>
        <source>Finesse accepted the start, but the call still offers it: it is not recorded</source>
        <translation>Finesse a accepté le lancement, mais l&apos;appel le propose encore : il n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Finesse records an agent&apos;s call only for a supervisor who listens in.

RecBar will first silently monitor %1&apos;s call from your phone (extension %2), then ask Finesse to record it. You stay on the call, muted, until you hang up.</source>
        <translation>Finesse n&apos;enregistre l&apos;appel d&apos;un agent que pour un superviseur qui l&apos;écoute.

RecBar va d&apos;abord écouter en silence l&apos;appel de %1 depuis votre téléphone (poste %2), puis demander à Finesse de l&apos;enregistrer. Vous restez sur l&apos;appel, micro coupé, jusqu&apos;à ce que vous raccrochiez.</translation>
    </message>
    <message>
        <source>%1. Your phone may still be on the call, muted: hang up to leave it.</source>
        <translation>%1. Votre téléphone est peut-être encore sur l&apos;appel, micro coupé : raccrochez pour le quitter.</translation>
    </message>
</context>
<context>
    <name>recbar::imagicle</name>
    <message>
        <source>no such device or directory number</source>
        <translation>appareil ou numéro d&apos;annuaire inexistant</translation>
    </message>
    <message>
        <source>this line cannot be monitored</source>
        <translation>cette ligne ne peut pas être supervisée</translation>
    </message>
    <message>
        <source>the recording mode is not valid</source>
        <translation>le mode d&apos;enregistrement n&apos;est pas valide</translation>
    </message>
    <message>
        <source>this user has no extension</source>
        <translation>cet utilisateur n&apos;a pas de poste</translation>
    </message>
    <message>
        <source>this device is recorded automatically</source>
        <translation>cet appareil est enregistré automatiquement</translation>
    </message>
    <message>
        <source>recording control needs the Complete Management (level 10) right</source>
        <translation>la commande d&apos;enregistrement exige le droit Complete Management (niveau 10)</translation>
    </message>
    <message>
        <source>there is no connected call</source>
        <translation>aucun appel connecté</translation>
    </message>
    <message>
        <source>there is no such live recording</source>
        <translation>cet enregistrement en cours n&apos;existe pas</translation>
    </message>
    <message>
        <source>the recording service does not answer</source>
        <translation>le service d&apos;enregistrement ne répond pas</translation>
    </message>
    <message>
        <source>The call was already being recorded</source>
        <translation>L&apos;appel était déjà enregistré</translation>
    </message>
    <message>
        <source>The recording was already paused</source>
        <translation>L&apos;enregistrement était déjà en pause</translation>
    </message>
    <message>
        <source>The recording was not paused</source>
        <translation>L&apos;enregistrement n&apos;était pas en pause</translation>
    </message>
    <message>
        <source>Imagicle can start, stop, pause and resume a recording, nothing more</source>
        <translation>Imagicle peut démarrer, arrêter, mettre en pause et reprendre un enregistrement, rien de plus</translation>
    </message>
    <message>
        <source>the recordings list is not a JSON object</source>
        <translation>la liste des enregistrements n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the recordings list lacks totalCount or recordings</source>
        <translation>il manque totalCount ou recordings à la liste des enregistrements</translation>
    </message>
</context>
<context>
    <name>recbar::qm</name>
    <message>
        <source>The call was already being recorded</source>
        <translation>L&apos;appel était déjà enregistré</translation>
    </message>
    <message>
        <source>The call was not being recorded</source>
        <translation>L&apos;appel n&apos;était pas enregistré</translation>
    </message>
    <message>
        <source>There was no recording to delete</source>
        <translation>Il n&apos;y avait aucun enregistrement à supprimer</translation>
    </message>
    <message>
        <source>No change: the call was already paused or not recorded</source>
        <translation>Aucun changement : l&apos;appel était déjà en pause ou non enregistré</translation>
    </message>
    <message>
        <source>No change: the recording was not paused</source>
        <translation>Aucun changement : l&apos;enregistrement n&apos;était pas en pause</translation>
    </message>
    <message>
        <source>The last call was not recorded: nothing to tag</source>
        <translation>Le dernier appel n&apos;a pas été enregistré : rien à étiqueter</translation>
    </message>
    <message>
        <source>The recorder does not keep: %1</source>
        <translation>L&apos;enregistreur ne conserve pas : %1</translation>
    </message>
    <message>
        <source>QM Recording Controls have no duplicate or screen-only recording</source>
        <translation>QM Recording Controls ne propose ni enregistrement double ni enregistrement d&apos;écran seul</translation>
    </message>
    <message>
        <source>Set your extension in the profile to log in (hot desking)</source>
        <translation>Indiquez votre poste dans le profil pour vous connecter (bureau partagé)</translation>
    </message>
    <message>
        <source>Your calls are recorded on your desktop: the recording applet takes these commands, not the server</source>
        <translation>Vos appels sont enregistrés sur votre poste : ces commandes vont à l&apos;applet d&apos;enregistrement, pas au serveur</translation>
    </message>
    <message>
        <source>Not available with gateway recording</source>
        <translation>Indisponible avec l&apos;enregistrement par la passerelle</translation>
    </message>
</context>
<context>
    <name>recbar::recordingapi</name>
    <message>
        <source>The server reports a recording state RecBar does not know</source>
        <translation>Le serveur indique un état d’enregistrement que RecBar ne connaît pas</translation>
    </message>
    <message>
        <source>Write call data fields as name=key, e.g. account=user1</source>
        <translation>Écrivez les champs de données d’appel sous la forme nom=clé, p. ex. compte=user1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Recording API call data key (user1 to user15, ...)</source>
        <translation>« %1 » n’est pas une clé de données d’appel de la Recording API (user1 à user15, …)</translation>
    </message>
</context>
<context>
    <name>recbar::xmpp</name>
    <message>
        <source>a notification frame of %1 bytes, more than %2 allowed</source>
        <translation>une trame de notification de %1 octets, plus que les %2 permis</translation>
    </message>
    <message>
        <source>a notification nested deeper than %1</source>
        <translation>une notification imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a notification of more than %1 elements</source>
        <translation>une notification de plus de %1 éléments</translation>
    </message>
    <message>
        <source>a notification frame with two elements</source>
        <translation>une trame de notification avec deux éléments</translation>
    </message>
    <message>
        <source>a notification with XML that XMPP does not allow</source>
        <translation>une notification avec du XML que XMPP n&apos;autorise pas</translation>
    </message>
    <message>
        <source>a notification that is not well-formed XML: %1</source>
        <translation>une notification qui n&apos;est pas du XML bien formé : %1</translation>
    </message>
    <message>
        <source>an empty notification frame</source>
        <translation>une trame de notification vide</translation>
    </message>
</context>
</TS>
