<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The password could not be stored safely (the computer may be short of memory). Try again.</source>
        <translation>La contraseña no se pudo guardar de forma segura (puede que a la computadora le falte memoria). Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Please wait %1 seconds and try again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espera %1 segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This account has no password yet; ask a manager to set one.</source>
        <translation>Esta cuenta aún no tiene contraseña; pídele a un gerente que te asigne una.</translation>
    </message>
    <message>
        <source>That password is not right. Please wait %1 seconds before the next try.</source>
        <translation>Esa contraseña no es correcta. Espera %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Sign in again (or type your password again) to sign this.</source>
        <translation>Vuelve a iniciar sesión (o vuelve a escribir tu contraseña) para firmar esto.</translation>
    </message>
    <message>
        <source>A signing key could not be made (the computer may be short of memory). Try again.</source>
        <translation>No se pudo crear una clave de firma (puede que a la computadora le falte memoria). Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your signing key is not endorsed yet, so what you sign would not count. Ask a manager to endorse it in People: they will ask you for its fingerprint, which Help, About shows you.</source>
        <translation>Tu clave de firma aún no está avalada, así que lo que firmes no contaría. Pide a un gerente que la avale en Personas: te pedirá su huella, que ves en Ayuda, Acerca de.</translation>
    </message>
</context>
<context>
    <name>Adoption</name>
    <message>
        <source>This database was made before records were signed. As its first admin you have now vouched for the records made before (%1 in all), and your key is the organization&apos;s root (its fingerprint is in Help, About). From here on every record is signed by the person who makes it.</source>
        <translation>Esta base de datos se creó antes de que los registros se firmaran. Como su primera persona administradora, acabas de responder por los registros hechos antes (%1 en total), y tu clave es la raíz de la organización (su huella está en Ayuda, Acerca de). De aquí en adelante, cada registro lo firma quien lo hace.</translation>
    </message>
    <message>
        <source>This database was changed outside the app (%1), so its earlier records cannot be adopted as they stand. Restore the newest backup that is whole (careu restore), or run careu check to see what changed.</source>
        <translation>Esta base de datos se cambió fuera de la app (%1), así que sus registros anteriores no se pueden adoptar tal como están. Restaura la copia de seguridad más reciente que esté completa (careu restore), o ejecuta careu check para ver qué cambió.</translation>
    </message>
    <message>
        <source>the record chain is broken at record %1</source>
        <translation>la cadena de registros está rota en el registro %1</translation>
    </message>
    <message>
        <source>it no longer holds the records its newest backup held</source>
        <translation>ya no contiene los registros que tenía su copia de seguridad más reciente</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) carry a signature that does not verify</source>
        <translation>
            <numerusform>%n registro lleva una firma que no se verifica</numerusform>
            <numerusform>%n registros llevan una firma que no se verifica</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot write in %1: %2.</source>
        <translation>No se puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: %2.</source>
        <translation>No se puede hacer %1 privado para ti: %2.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2.</source>
        <translation>No se puede colocar %1 en su lugar: %2.</translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation>No se pudo copiar la base de datos a %1: %2</translation>
    </message>
    <message>
        <source>The copy of the database failed its check, so it was not kept: %1</source>
        <translation>La copia de la base de datos no pasó su comprobación, así que no se guardó: %1</translation>
    </message>
    <message>
        <source>Could not write the backup %1 to the disk: %2.</source>
        <translation>No se pudo escribir la copia de seguridad %1 en el disco: %2.</translation>
    </message>
    <message>
        <source>the database stayed busy with another program&apos;s changes for ten seconds</source>
        <translation>la base de datos estuvo ocupada con cambios de otro programa durante diez segundos</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>No se puede copiar %1 a %2: %3</translation>
    </message>
    <message>
        <source>Could not copy %1 (is the disk full?)</source>
        <translation>No se pudo copiar %1 (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1: %2</source>
        <translation>No se puede poner la copia de seguridad en lugar de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup: it is empty or does not exist. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad: está vacío o no existe. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2 Nothing was changed.</source>
        <translation>%1 no se puede restaurar. %2 No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a database in use, not a finished backup (it has a write-ahead log beside it). Make a backup of it with &quot;careu backup&quot; and restore that. Nothing was changed.</source>
        <translation>%1 es una base de datos en uso, no una copia de seguridad terminada (tiene un registro de escritura anticipada al lado). Haz una copia de seguridad con &quot;careu backup&quot; y restaura esa. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database. Nothing was changed.</source>
        <translation>%1 es una carpeta, no una base de datos. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is open in another program. Close it first. Nothing was changed.</source>
        <translation>%1 está abierto en otro programa. Ciérralo primero. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Nothing was changed.</source>
        <translation>No se puede abrir %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database could not be kept aside first, so the backup was not restored: %1</source>
        <translation>No se pudo apartar primero la base de datos, así que la copia de seguridad no se restauró: %1</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1). Nothing was changed.</source>
        <translation>La copia de seguridad no se pudo poner en su lugar (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Type your password again to restore a backup.</source>
        <translation>Vuelve a escribir tu contraseña para restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup. %1</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad. %1</translation>
    </message>
    <message>
        <source>This organization&apos;s database is on a PostgreSQL server; restore it with pg_restore.</source>
        <translation>La base de datos de esta organización está en un servidor PostgreSQL; restáurala con pg_restore.</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>La copia de seguridad se puso en su lugar, pero no se puede abrir: %1</translation>
    </message>
    <message>
        <source>That is not the name and password of an admin in this backup.</source>
        <translation>Ese no es el nombre y la contraseña de un administrador en esta copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>content folder not found</source>
        <translation>no se encontró la carpeta de contenido</translation>
    </message>
    <message>
        <source>no course found here (expected %1, &lt;course&gt;/%1 or %2/)</source>
        <translation>no se encontró ningún curso aquí (se esperaba %1, &lt;course&gt;/%1 o %2/)</translation>
    </message>
    <message>
        <source>duplicate role-play id &quot;%1&quot; (already used by %2)</source>
        <translation>id de juego de roles &quot;%1&quot; repetido (ya lo usa %2)</translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <source>Certificate of Graduation</source>
        <translation>Certificado de Graduación</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>graduated on %1, having completed these courses, with every Practice observed with real customers and signed off by a mentor:</source>
        <translation>se graduó el %1, tras completar estos cursos, con cada Práctica observada con clientes reales y aprobada por un mentor:</translation>
    </message>
    <message>
        <source>completed %1  ·  signed off %2</source>
        <translation>completado %1  ·  aprobado %2</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>Certificate of graduation: %1</source>
        <translation>Certificado de graduación: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Every sign-off behind this certificate is signed by the mentor who made it and kept in %1&apos;s records, where no one can change or remove one without it showing. To check this certificate, run &quot;careu verify %2&quot; on %1&apos;s database: it says whose certificate it is and whether the sign-offs behind it still stand; &quot;careu check --org %3&quot; confirms the database is %1&apos;s own.</source>
        <translation>Cada aprobación detrás de este certificado está firmada por el mentor que la hizo y guardada en los registros de %1, donde nadie puede cambiar ni quitar una sin que se note. Para comprobar este certificado, ejecuta &quot;careu verify %2&quot; en la base de datos de %1: dice de quién es el certificado y si las aprobaciones que lo respaldan siguen en pie; &quot;careu check --org %3&quot; confirma que la base de datos es la de %1.</translation>
    </message>
    <message>
        <source>en_US</source>
        <extracomment>The locale whose month names the certificate&apos;s dates use.</extracomment>
        <translation>es_419</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A date on a certificate (QLocale format): September 11, 2026.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Every sign-off behind this certificate is signed by the mentor who made it and kept in %1&apos;s records, where no one can change or remove one without it showing. Anyone can check it without those records: run &quot;careu verify --org %3&quot; on this PDF, or on the text its QR code reads. On %1&apos;s database, &quot;careu verify %2&quot; also says whether the sign-offs behind it still stand.</source>
        <translation>Cada aprobación detrás de este certificado está firmada por el mentor que la hizo y guardada en los registros de %1, donde nadie puede cambiar ni quitar una sin que se note. Cualquiera puede comprobarlo sin esos registros: ejecuta &quot;careu verify --org %3&quot; sobre este PDF, o sobre el texto que da su código QR. En la base de datos de %1, &quot;careu verify %2&quot; dice además si las aprobaciones que lo respaldan siguen en pie.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>There is no one with the id or email %1; &quot;careu people list&quot; shows everyone.</source>
        <translation>No hay nadie con el id o el correo %1; &quot;careu people list&quot; muestra a todos.</translation>
    </message>
    <message>
        <source>%1 has not graduated yet: both courses need every Practice signed off.</source>
        <translation>%1 aún no se ha graduado: ambos cursos necesitan todas sus Prácticas aprobadas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate code: a code has 12 letters and digits, like K7QF-3M9X-2DPA.</source>
        <translation>&quot;%1&quot; no es un código de certificado: un código tiene 12 letras y dígitos, como K7QF-3M9X-2DPA.</translation>
    </message>
    <message>
        <source>No certificate with the code %1 was issued from this database.</source>
        <translation>Ningún certificado con el código %1 se emitió desde esta base de datos.</translation>
    </message>
    <message>
        <source>The records behind this certificate were changed: %1.</source>
        <translation>Los registros que respaldan este certificado se cambiaron: %1.</translation>
    </message>
    <message>
        <source>The record chain is broken after this certificate&apos;s record, so a later revocation could be hidden: %1.</source>
        <translation>La cadena de registros está rota después del registro de este certificado, así que una revocación posterior podría estar oculta: %1.</translation>
    </message>
    <message>
        <source>A Practice sign-off behind it was revoked: %1 is not a graduate any more.</source>
        <translation>Se revocó una aprobación de Práctica que lo respaldaba: %1 ya no es graduado.</translation>
    </message>
    <message>
        <source>A sign-off behind it was revoked and %1 graduated again on %2; the newer certificate has the code %3.</source>
        <translation>Se revocó una aprobación que lo respaldaba y %1 se graduó de nuevo el %2; el certificado más reciente tiene el código %3.</translation>
    </message>
</context>
<context>
    <name>ChainAudit</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>no está firmado</translation>
    </message>
    <message>
        <source>it is signed by person %1, of whom the chain holds no key</source>
        <translation>lo firmó la persona %1, de quien la cadena no tiene ninguna clave</translation>
    </message>
    <message>
        <source>its signature is not by the key the chain held for person %1 at that time</source>
        <translation>su firma no es de la clave que la cadena tenía para la persona %1 en ese momento</translation>
    </message>
    <message>
        <source>it is signed by person %1, whose key no manager endorsed</source>
        <translation>lo firmó la persona %1, cuya clave no avaló ningún gerente</translation>
    </message>
    <message>
        <source>it names no role</source>
        <translation>no nombra ningún rol</translation>
    </message>
    <message>
        <source>person %1 had not left</source>
        <translation>la persona %1 no se había ido</translation>
    </message>
    <message>
        <source>the Check answers, reflection or role-play attempts it froze were edited after it</source>
        <translation>las respuestas de la Comprobación, la reflexión o los intentos de juego de roles que fijó se editaron después</translation>
    </message>
    <message>
        <source>person %1&apos;s graduation rests on record %2, which does not stand</source>
        <translation>la graduación de la persona %1 se basa en el registro %2, que no es válido</translation>
    </message>
    <message>
        <source>record %1 (%2, %3): %4</source>
        <translation>registro %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>it is about person %1, whom the chain never recorded joining</source>
        <translation>trata de la persona %1, cuyo ingreso la cadena nunca registró</translation>
    </message>
    <message>
        <source>person %1 (roles then: %2) may not do it: %3</source>
        <translation>la persona %1 (roles en ese momento: %2) no puede hacerlo: %3</translation>
    </message>
    <message>
        <source>person %1 joined before</source>
        <translation>la persona %1 ya había ingresado</translation>
    </message>
    <message>
        <source>a profile one makes oneself is a learner&apos;s, not %1</source>
        <translation>un perfil que uno crea por sí mismo es de alumno, no de %1</translation>
    </message>
    <message>
        <source>person %1 was not an active %2 then</source>
        <translation>la persona %1 no era un %2 activo en ese momento</translation>
    </message>
    <message>
        <source>person %1 asked for person %2&apos;s sign-off; only learners ask for their own</source>
        <translation>la persona %1 pidió la aprobación de la persona %2; solo los alumnos piden la suya propia</translation>
    </message>
    <message>
        <source>it follows no request of the learner&apos;s for %1/%2</source>
        <translation>no responde a ninguna solicitud del alumno para %1/%2</translation>
    </message>
    <message>
        <source>it does not cover the evidence of the request it answers (record %1)</source>
        <translation>no cubre la evidencia de la solicitud a la que responde (registro %1)</translation>
    </message>
    <message>
        <source>the people table disagrees with the chain about %1 (person %2, %3): %4</source>
        <translation>la tabla de personas no coincide con la cadena sobre %1 (persona %2, %3): %4</translation>
    </message>
    <message>
        <source>the chain never recorded them joining</source>
        <translation>la cadena nunca registró su ingreso</translation>
    </message>
    <message>
        <source>the chain knows them by uid %1</source>
        <translation>la cadena lo identifica con el uid %1</translation>
    </message>
    <message>
        <source>roles %1 in the table, %2 in the chain</source>
        <translation>roles %1 en la tabla, %2 en la cadena</translation>
    </message>
    <message>
        <source>mentor %1 in the table, %2 in the chain</source>
        <translation>mentor %1 en la tabla, %2 en la cadena</translation>
    </message>
    <message>
        <source>coach %1 in the table, %2 in the chain</source>
        <translation>coach %1 en la tabla, %2 en la cadena</translation>
    </message>
    <message>
        <source>active in the table, deactivated in the chain</source>
        <translation>activo en la tabla, desactivado en la cadena</translation>
    </message>
    <message>
        <source>deactivated in the table, active in the chain</source>
        <translation>desactivado en la tabla, activo en la cadena</translation>
    </message>
    <message>
        <source>their public key in the table is not the one the chain endorsed</source>
        <translation>su clave pública en la tabla no es la que avaló la cadena</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>the head %1</source>
        <translation>la cabeza %1</translation>
    </message>
    <message>
        <source>The record chain of %1 is broken at record %2 (%3), so it is not copied.</source>
        <translation>La cadena de registros de %1 está rota en el registro %2 (%3), así que no se copia.</translation>
    </message>
    <message numerus="yes">
        <source>The record chain of %1 does not verify, so it is not copied: %2 (run careu check on it for all %n problems)</source>
        <translation>
            <numerusform>La cadena de registros de %1 no pasa la verificación, así que no se copia: %2 (ejecuta careu check en ella para ver %n problema en total)</numerusform>
            <numerusform>La cadena de registros de %1 no pasa la verificación, así que no se copia: %2 (ejecuta careu check en ella para ver los %n problemas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record chain does not verify (%n problem(s); the first: %1), so nothing is exported. Run &quot;careu check&quot; to see them all, or export anyway with --allow-unverified, which marks what it writes as unverified.</source>
        <translation>
            <numerusform>La cadena de registros no pasa la verificación (%n problema; el primero: %1), así que no se exporta nada. Ejecuta &quot;careu check&quot; para verlo, o exporta de todos modos con --allow-unverified, que marca lo que escribe como no verificado.</numerusform>
            <numerusform>La cadena de registros no pasa la verificación (%n problemas; el primero: %1), así que no se exporta nada. Ejecuta &quot;careu check&quot; para verlos todos, o exporta de todos modos con --allow-unverified, que marca lo que escribe como no verificado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UNVERIFIED: the record chain does not verify (%n problem(s); the first: %1). What follows may rest on forged records.</source>
        <translation>
            <numerusform>SIN VERIFICAR: la cadena de registros no pasa la verificación (%n problema; el primero: %1). Lo que sigue puede basarse en registros falsificados.</numerusform>
            <numerusform>SIN VERIFICAR: la cadena de registros no pasa la verificación (%n problemas; el primero: %1). Lo que sigue puede basarse en registros falsificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>the newest backup, %1,</source>
        <translation>la copia de seguridad más reciente, %1,</translation>
    </message>
    <message>
        <source>the chain no longer holds record %1 as %2 saw it (%3): records were removed or rewritten since</source>
        <translation>la cadena ya no tiene el registro %1 tal como %2 lo vio (%3): desde entonces se eliminaron o reescribieron registros</translation>
    </message>
    <message>
        <source>an adoption vouches for the records before signing: it comes only from the organization&apos;s first admin, right after their joining, and names the head they saw</source>
        <translation>una adopción responde por los registros anteriores a las firmas: solo la hace la primera persona administradora de la organización, justo después de unirse, y nombra la cabeza que vio</translation>
    </message>
</context>
<context>
    <name>CheckWarnings</name>
    <message>
        <source>&quot;%1&quot; means nothing here: each learner sees the choices in a different order; write out what it stands for</source>
        <translation>&quot;%1&quot; no significa nada aquí: cada alumno ve las opciones en otro orden; escribe lo que representa</translation>
    </message>
    <message>
        <source>feedback opens with a verdict (&quot;%1&quot;): the app says right or wrong before it, so start with the reason</source>
        <translation>la retroalimentación empieza con un veredicto (&quot;%1&quot;): la app ya dice antes si es correcto o no, así que empieza por la razón</translation>
    </message>
    <message>
        <source>the right answer is clearly longer than the others (%1 characters; the longest wrong one has %2): learners pick it for its length</source>
        <translation>la respuesta correcta es claramente más larga que las demás (%1 caracteres; la incorrecta más larga tiene %2): los alumnos la eligen por su largo</translation>
    </message>
    <message>
        <source>the right answer is the longest choice in %1 of this lesson&apos;s %2 questions: always picking the longest would pass; let a wrong answer be the longest in more of them</source>
        <translation>la respuesta correcta es la opción más larga en %1 de las %2 preguntas de esta lección: elegir siempre la más larga aprobaría; haz que una respuesta incorrecta sea la más larga en más de ellas</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <source>There is no refresher %1.</source>
        <translation>No existe el repaso %1.</translation>
    </message>
    <message>
        <source>%1 has not graduated yet.</source>
        <translation>%1 aún no se ha graduado.</translation>
    </message>
    <message>
        <source>Refresher %1 was already checked in.</source>
        <translation>El repaso %1 ya tuvo su seguimiento.</translation>
    </message>
    <message>
        <source>Refresher %1 is not due until %2.</source>
        <translation>El repaso %1 no toca hasta el %2.</translation>
    </message>
    <message>
        <source>%1 has not taken refresher %2 yet. Check in once they have answered its questions and replayed the role-play, so that you can talk about their answers.</source>
        <translation>%1 aún no ha hecho el repaso %2. Haz el seguimiento cuando haya respondido sus preguntas y repetido el juego de roles, para que puedan hablar de sus respuestas.</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Course signed off</source>
        <translation>Curso aprobado</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduado</translation>
    </message>
    <message>
        <source>Check-in overdue</source>
        <translation>Seguimiento atrasado</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>, %1 %2/%3</source>
        <translation>, %1 %2/%3</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Se detuvo antes del final.</translation>
    </message>
    <message>
        <source>The completion report shows everyone&apos;s progress, so only a manager can read it. %1</source>
        <translation>El informe de avance muestra el progreso de todos, así que solo un gerente puede leerlo. %1</translation>
    </message>
</context>
<context>
    <name>CourseLoader</name>
    <message>
        <source>duplicate course id &quot;%1&quot; (already used by %2)</source>
        <translation>id de curso &quot;%1&quot; repetido (ya lo usa %2)</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilar</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>pillar &quot;%1&quot; is not one of this course&apos;s pillars (%2)</source>
        <translation>el pilar &quot;%1&quot; no es uno de los pilares de este curso (%2)</translation>
    </message>
    <message>
        <source>lesson body %1 shows pictures it may not (see above)</source>
        <translation>el cuerpo de la lección %1 muestra imágenes que no puede mostrar (ver arriba)</translation>
    </message>
    <message>
        <source>unknown role-play &quot;%1&quot;</source>
        <translation>juego de roles &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>lesson body &quot;%1&quot; must be a path inside the course folder</source>
        <translation>el cuerpo de la lección &quot;%1&quot; debe ser una ruta dentro de la carpeta del curso</translation>
    </message>
    <message>
        <source>lesson body file not found: %1</source>
        <translation>no se encontró el archivo del cuerpo de la lección: %1</translation>
    </message>
    <message>
        <source>lesson body %1 is not a regular file</source>
        <translation>el cuerpo de la lección %1 no es un archivo normal</translation>
    </message>
    <message>
        <source>lesson body %1</source>
        <translation>cuerpo de la lección %1</translation>
    </message>
    <message>
        <source>cannot read lesson body %1: %2</source>
        <translation>no se puede leer el cuerpo de la lección %1: %2</translation>
    </message>
    <message>
        <source>lesson body %1 is larger than %2 KiB</source>
        <translation>el cuerpo de la lección %1 pesa más de %2 KiB</translation>
    </message>
    <message>
        <source>lesson body %1 is empty</source>
        <translation>el cuerpo de la lección %1 está vacío</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; is not one of this question&apos;s choices</source>
        <translation>la respuesta &quot;%1&quot; no es una de las opciones de esta pregunta</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>signOff must be one of: %1</source>
        <translation>signOff debe ser uno de: %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: text after a closing quote; a quote inside a field is written as two quotes (&quot;&quot;)</source>
        <translation>línea %1: hay texto después de una comilla de cierre; una comilla dentro de un campo se escribe como dos comillas (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>línea %1: un campo entre comillas nunca se cierra</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing (on Debian, the package libqt6sql6-psql).</source>
        <translation>Esta instalación no puede conectarse a PostgreSQL: falta el controlador de PostgreSQL de Qt (en Debian, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the database %1: %2</source>
        <translation>No se puede conectar con la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer version of Customer CARE University (schema %2; this app understands up to %3); update this app.</source>
        <translation>%1 fue actualizada por una versión más nueva de Customer CARE University (esquema %2; esta app entiende hasta el %3); actualiza esta app.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation>No se pudo respaldar %1 antes de actualizarla, así que se dejó como estaba: %2</translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>This database already has people in it. seed-demo only fills an empty database; give it a new file with --db.</source>
        <translation>Esta base de datos ya tiene personas. seed-demo solo llena una base de datos vacía; dale un archivo nuevo con --db.</translation>
    </message>
    <message>
        <source>Good start. Next time, ask the newcomer one open question before you explain anything.</source>
        <translation>Buen comienzo. La próxima vez, hazle al recién llegado una pregunta abierta antes de explicar nada.</translation>
    </message>
    <message>
        <source>Calm with the queue</source>
        <translation>Con calma ante la fila</translation>
    </message>
    <message>
        <source>Eye contact when busy</source>
        <translation>Contacto visual aunque haya mucho trabajo</translation>
    </message>
    <message>
        <source>Greet the next five customers first</source>
        <translation>Saluda primero a los próximos cinco clientes</translation>
    </message>
    <message>
        <source>Talked through two difficult calls; good instincts.</source>
        <translation>Conversamos sobre dos llamadas difíciles; buen instinto.</translation>
    </message>
    <message>
        <source>The demo needs the shipped CARE 101 and CARE 102 courses and their role-plays.</source>
        <translation>La demo necesita los cursos incluidos CARE 101 y CARE 102 y sus juegos de roles.</translation>
    </message>
</context>
<context>
    <name>EndingWarnings</name>
    <message>
        <source>there are too many play-throughs to walk them all: the checks on the endings below cover the first %1 only</source>
        <translation>hay demasiados recorridos para revisarlos todos: las comprobaciones de los finales de abajo cubren solo los primeros %1</translation>
    </message>
    <message>
        <source>a best ending that a play-through totaling %1 reaches, less than %2% of the best total (%3): route it on the points, so that only a strong play ends here</source>
        <translation>un mejor final al que llega un recorrido con un total de %1, menos del %2% del mejor total (%3): encamínalo según los puntos, para que solo una buena jugada termine aquí</translation>
    </message>
    <message>
        <source>a poor ending that a play-through totaling %1 reaches, as much as or more than a best ending&apos;s lowest (%2): the debrief would fault a play as good as one it praises</source>
        <translation>un final malo al que llega un recorrido con un total de %1, igual o mayor que el más bajo de un mejor final (%2): la retroalimentación criticaría una jugada tan buena como una que elogia</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>its tables cannot be listed (%1)</source>
        <translation>no se pueden listar sus tablas (%1)</translation>
    </message>
    <message>
        <source>%1 is not whole: %2</source>
        <translation>%1 no está completo: %2</translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder or a device). The file was not changed.</source>
        <translation>%1 no es un archivo (es una carpeta o un dispositivo). El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. The file was not changed.</source>
        <translation>%1 no se puede leer: %2. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 is not a Customer CARE University database (it is not an SQLite file). The file was not changed.</source>
        <translation>%1 no es una base de datos de Customer CARE University (no es un archivo SQLite). El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 is cut short: it holds %2 bytes of the %3 it should. Part of it was lost, perhaps in a copy that did not finish. The file was not changed.</source>
        <translation>%1 está incompleto: tiene %2 bytes de los %3 que debería. Se perdió una parte, quizás en una copia que no terminó. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed.</source>
        <translation>%1 está dañado y no se puede leer (%2). El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Customer CARE University (schema %2; this app understands up to %3). Update the app to open it. The file was not changed.</source>
        <translation>%1 fue escrito por una versión más nueva de Customer CARE University (esquema %2; esta app entiende hasta el %3). Actualiza la app para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s SQLite database, not Customer CARE University&apos;s. The file was not changed.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no de Customer CARE University. El archivo no se cambió.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s check found %n problem(s), the first: %2. The file was not changed.</source>
        <translation>
            <numerusform>%1 está dañado: la comprobación de SQLite encontró %n problema, el primero: %2. El archivo no se cambió.</numerusform>
            <numerusform>%1 está dañado: la comprobación de SQLite encontró %n problemas, el primero: %2. El archivo no se cambió.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole: %2 (schema %3). The file was not changed.</source>
        <translation>%1 no está completo: %2 (esquema %3). El archivo no se cambió.</translation>
    </message>
</context>
<context>
    <name>GraduationStatement</name>
    <message>
        <source>Your signing key is not the one the record chain holds for you; sign out and in again.</source>
        <translation>Tu clave de firma no es la que la cadena de registros guarda para ti; cierra sesión y vuelve a entrar.</translation>
    </message>
    <message>
        <source>The key of person %1 was never endorsed by a manager, so what it signs cannot be traced to the organization; a manager can reset their password to endorse a new key.</source>
        <translation>Ningún gerente avaló nunca la clave de la persona %1, así que lo que firma no puede vincularse con la organización; un gerente puede restablecer su contraseña para avalar una clave nueva.</translation>
    </message>
    <message>
        <source>Record %1 endorses a key, but the chain holds no key for the person who signed it.</source>
        <translation>El registro %1 avala una clave, pero la cadena no guarda ninguna clave de la persona que lo firmó.</translation>
    </message>
    <message>
        <source>Your signing key no longer opens; sign out and in again.</source>
        <translation>Tu clave de firma ya no se abre; cierra sesión y vuelve a entrar.</translation>
    </message>
    <message>
        <source>The signed statement for %1&apos;s certificate does not verify: %2</source>
        <translation>La declaración firmada del certificado de %1 no se verifica: %2</translation>
    </message>
    <message>
        <source>This is not a certificate&apos;s signed statement: %1.</source>
        <translation>Esto no es la declaración firmada de un certificado: %1.</translation>
    </message>
    <message>
        <source>it does not begin with %1</source>
        <translation>no empieza con %1</translation>
    </message>
    <message>
        <source>it is longer than any statement careu writes</source>
        <translation>es más larga que cualquier declaración que escribe careu</translation>
    </message>
    <message>
        <source>it is cut short or garbled</source>
        <translation>está cortada o dañada</translation>
    </message>
    <message>
        <source>it says it is larger than any statement careu writes</source>
        <translation>dice ser más grande que cualquier declaración que escribe careu</translation>
    </message>
    <message>
        <source>an endorsement in it is incomplete</source>
        <translation>uno de sus avales está incompleto</translation>
    </message>
    <message>
        <source>it does not say whose graduation it is</source>
        <translation>no dice de quién es la graduación</translation>
    </message>
    <message>
        <source>it was signed under the organization whose fingerprint is %1, not %2</source>
        <translation>se firmó bajo la organización cuya huella es %1, no %2</translation>
    </message>
    <message>
        <source>record %1 in its path is not a manager&apos;s endorsement of a key</source>
        <translation>el registro %1 de su cadena de avales no es el aval de una clave hecho por un gerente</translation>
    </message>
    <message>
        <source>record %1 in its path is not signed by the person endorsed before it</source>
        <translation>el registro %1 de su cadena de avales no lo firmó la persona avalada antes</translation>
    </message>
    <message>
        <source>the endorsement of person %1&apos;s key (record %2) is not signed by a key the organization endorsed, or was changed</source>
        <translation>el aval de la clave de la persona %1 (registro %2) no está firmado por una clave que la organización avaló, o se cambió</translation>
    </message>
    <message>
        <source>its signature does not match what it says: it was changed after it was signed, or signed by a key the organization did not endorse</source>
        <translation>su firma no coincide con lo que dice: se cambió después de firmarse, o la firmó una clave que la organización no avaló</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top of the file</source>
        <translation>se esperaba un objeto JSON al principio del archivo</translation>
    </message>
    <message>
        <source>the file is %1 KiB; content files may be at most %2 KiB</source>
        <translation>el archivo pesa %1 KiB; los archivos de contenido pueden pesar como máximo %2 KiB</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>clave &quot;%1&quot; desconocida (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>falta la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; debe ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 items; it needs %3</source>
        <translation>&quot;%1&quot; tiene %2 elementos; necesita %3</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be non-empty text</source>
        <translation>cada elemento de &quot;%1&quot; debe ser texto no vacío</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; may hold only lowercase letters, digits and single dashes</source>
        <translation>el id &quot;%1&quot; solo puede tener letras minúsculas, dígitos y guiones sueltos</translation>
    </message>
    <message>
        <source>each item must be an object</source>
        <translation>cada elemento debe ser un objeto</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot; (already used by %1 %3)</source>
        <translation>id de %1 &quot;%2&quot; repetido (ya lo usa %1 %3)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The signing key of this account is damaged; ask a manager to reset the password.</source>
        <translation>La clave de firma de esta cuenta está dañada; pídele a un gerente que restablezca la contraseña.</translation>
    </message>
    <message>
        <source>The signing key could not be opened (the computer may be short of memory). Try again.</source>
        <translation>No se pudo abrir la clave de firma (puede que a la computadora le falte memoria). Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The signing key of this account does not match its public key; ask a manager to reset the password.</source>
        <translation>La clave de firma de esta cuenta no coincide con su clave pública; pídele a un gerente que restablezca la contraseña.</translation>
    </message>
    <message>
        <source>That password does not open this account&apos;s signing key.</source>
        <translation>Esa contraseña no abre la clave de firma de esta cuenta.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed (the computer may be short of memory). Try again.</source>
        <translation>No se pudo sellar la clave de firma (puede que a la computadora le falte memoria). Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LessonImages</name>
    <message>
        <source>&quot;%1&quot; must be a file inside the course folder, named from there (like images/greeting.png)</source>
        <translation>&quot;%1&quot; debe ser un archivo dentro de la carpeta del curso, nombrado desde allí (como images/greeting.png)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the course folder (it is a link to %2)</source>
        <translation>&quot;%1&quot; lleva fuera de la carpeta del curso (es un enlace a %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not there</source>
        <translation>&quot;%1&quot; no está ahí</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>&quot;%1&quot; no es un archivo normal</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>imagen %1</translation>
    </message>
    <message>
        <source>is one too many: a lesson shows at most %1</source>
        <translation>sobra: una lección muestra como máximo %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web address or another place; a lesson shows only pictures in its own course folder</source>
        <translation>&quot;%1&quot; es una dirección web u otro lugar; una lección solo muestra imágenes de la carpeta de su propio curso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture (use PNG, JPEG, GIF, SVG or WebP)</source>
        <translation>&quot;%1&quot; no es una imagen (usa PNG, JPEG, GIF, SVG o WebP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB</source>
        <translation>&quot;%1&quot; pesa más de %2 MiB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>LessonSession</name>
    <message>
        <source>That answer is not part of this lesson.</source>
        <translation>Esa respuesta no es parte de esta lección.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>&quot;%1&quot; is neither a database file nor a PostgreSQL address (postgresql://user@host:port/dbname)</source>
        <translation>&quot;%1&quot; no es ni un archivo de base de datos ni una dirección de PostgreSQL (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole PostgreSQL address; write it as postgresql://user@host:port/dbname</source>
        <translation>&quot;%1&quot; no es una dirección de PostgreSQL completa; escríbela como postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL address is not an option this app passes on (it takes %2)</source>
        <translation>&quot;%1&quot; en la dirección de PostgreSQL no es una opción que esta app transmita (acepta %2)</translation>
    </message>
    <message>
        <source>the value of %1 in the PostgreSQL address cannot hold &quot;;&quot; or &quot;=&quot;</source>
        <translation>el valor de %1 en la dirección de PostgreSQL no puede contener &quot;;&quot; ni &quot;=&quot;</translation>
    </message>
</context>
<context>
    <name>Mentoring</name>
    <message>
        <source>Please keep it under %1 characters.</source>
        <translation>Mantenlo por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <source>Say what %1 did: recognition works when it is specific.</source>
        <translation>Di qué hizo %1: el reconocimiento funciona cuando es concreto.</translation>
    </message>
    <message>
        <source>A huddle needs its date and a next step.</source>
        <translation>Una reunión breve necesita su fecha y un siguiente paso.</translation>
    </message>
</context>
<context>
    <name>OpenBadge</name>
    <message>
        <source>Completed %1; every Practice signed off by a mentor by %2.</source>
        <translation>Completado el %1; cada Práctica aprobada por un mentor a más tardar el %2.</translation>
    </message>
    <message>
        <source>Signed statement (careu verify)</source>
        <translation>Declaración firmada (careu verify)</translation>
    </message>
    <message>
        <source>Customer CARE graduate</source>
        <translation>Graduado en Customer CARE</translation>
    </message>
    <message>
        <source>Completed %1, with every Practice observed with real customers and signed off by a mentor.</source>
        <translation>Completó %1, con cada Práctica observada con clientes reales y aprobada por un mentor.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Every lesson of each course read and its Check answered; every Practice done with real customers and signed off by the learner&apos;s mentor.</source>
        <translation>Cada lección de cada curso leída y su Comprobación respondida; cada Práctica hecha con clientes reales y aprobada por el mentor del alumno.</translation>
    </message>
    <message>
        <source>%1: Customer CARE graduate</source>
        <translation>%1: graduado en Customer CARE</translation>
    </message>
    <message>
        <source>Your signing key no longer opens; sign out and in again.</source>
        <translation>Tu clave de firma ya no se abre; cierra sesión y vuelve a entrar.</translation>
    </message>
</context>
<context>
    <name>OrganizationCopy</name>
    <message>
        <source>The tables&apos; foreign keys point at each other in a circle (%1), so they cannot be copied one after another.</source>
        <translation>Las claves foráneas de las tablas se apuntan entre sí en círculo (%1), así que no se pueden copiar una tras otra.</translation>
    </message>
    <message>
        <source>%1 is not empty (its table %2 has rows), and copy-from only fills a database that holds no organization yet. Give it a new, empty database.</source>
        <translation>%1 no está vacía (su tabla %2 tiene filas), y copy-from solo llena una base de datos que aún no tiene ninguna organización. Dale una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>The table %1 points at itself but has no single primary key.</source>
        <translation>La tabla %1 se apunta a sí misma, pero no tiene una sola clave primaria.</translation>
    </message>
    <message>
        <source>copy-from copies from an SQLite file; %1 is not one.</source>
        <translation>copy-from copia desde un archivo SQLite; %1 no lo es.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; both must be opened by this version of careu first.</source>
        <translation>%1 está en la versión de esquema %2 y %3 en la versión %4; ambas deben abrirse primero con esta versión de careu.</translation>
    </message>
    <message>
        <source>%1 rows of %2 were read but %3 are in the copy; nothing was kept.</source>
        <translation>Se leyeron %1 filas de %2, pero hay %3 en la copia; no se guardó nada.</translation>
    </message>
    <message>
        <source>The copied record chain (%1 records, head %2) is not the original&apos;s (%3 records, head %4); nothing was kept.</source>
        <translation>La cadena de registros copiada (%1 registros, cabeza %2) no es la del original (%3 registros, cabeza %4); no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Please use at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Usa al menos %1 caracteres; una frase corta es fácil de recordar.</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>line %1: this is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>línea %1: esto no es texto UTF-8; guarda el archivo como &quot;CSV UTF-8&quot; e impórtalo de nuevo</translation>
    </message>
    <message>
        <source>the file is empty; the first line names the columns: %1</source>
        <translation>el archivo está vacío; la primera línea nombra las columnas: %1</translation>
    </message>
    <message>
        <source>line 1: unknown column &quot;%1&quot; (the columns are: %2)</source>
        <translation>línea 1: columna &quot;%1&quot; desconocida (las columnas son: %2)</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; is named twice</source>
        <translation>línea 1: la columna &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; is missing</source>
        <translation>línea 1: falta la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (roles are learner, mentor, coach, manager, admin)</source>
        <translation>rol &quot;%1&quot; desconocido (los roles son learner, mentor, coach, manager, admin)</translation>
    </message>
    <message>
        <source>%1 is in the team already; give this person a surname or an initial</source>
        <translation>%1 ya está en el equipo; agrégale a esta persona un apellido o una inicial</translation>
    </message>
    <message>
        <source>%1 is on line %2 too</source>
        <translation>%1 también está en la línea %2</translation>
    </message>
    <message>
        <source>the email address %1 belongs to someone in the team already</source>
        <translation>el correo %1 ya pertenece a alguien del equipo</translation>
    </message>
    <message>
        <source>the email address %1 is on line %2 too</source>
        <translation>el correo %1 también está en la línea %2</translation>
    </message>
    <message>
        <source>no mentor called &quot;%1&quot;; add the mentor first (an earlier line works)</source>
        <translation>no hay ningún mentor llamado &quot;%1&quot;; agrega primero al mentor (sirve una línea anterior)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1; nobody was added</source>
        <translation>%1; no se agregó a nadie</translation>
    </message>
    <message numerus="yes">
        <source>%1; the first %n people were added, the rest not</source>
        <translation>
            <numerusform>%1; se agregó a %n persona (la primera), al resto no</numerusform>
            <numerusform>%1; se agregó a las primeras %n personas, al resto no</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files</source>
        <translation>%1 ocupa más de %2 MiB; divídalo en archivos más pequeños</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>Please type a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <source>That name is %1 characters long; please keep it to %2.</source>
        <translation>Ese nombre tiene %1 caracteres; déjalo en %2 como máximo.</translation>
    </message>
    <message>
        <source>The email address of %1 is %2 characters long; an address has at most %3.</source>
        <translation>El correo de %1 tiene %2 caracteres; una dirección tiene como máximo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <source>The staff id of %1 is %2 characters long; please keep it to %3.</source>
        <translation>El id de personal de %1 tiene %2 caracteres; déjalo en %3 como máximo.</translation>
    </message>
    <message>
        <source>The location of %1 is %2 characters long; please keep it to %3.</source>
        <translation>La sede de %1 tiene %2 caracteres; déjala en %3 como máximo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>staff id</source>
        <translation>id de personal</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; holds an invisible control or direction character (%3); type it again without it.</source>
        <translation>El campo %1 &quot;%2&quot; contiene un carácter invisible de control o de dirección (%3); escríbelo de nuevo sin él.</translation>
    </message>
    <message>
        <source>%1 needs at least one role.</source>
        <translation>%1 necesita al menos un rol.</translation>
    </message>
    <message>
        <source>There is already a profile called %1. Pick it from the list, or add a surname or initial.</source>
        <translation>Ya hay un perfil llamado %1. Elígelo de la lista, o agrega un apellido o una inicial.</translation>
    </message>
    <message>
        <source>The mentor chosen for %1 is not an active mentor.</source>
        <translation>El mentor elegido para %1 no es un mentor activo.</translation>
    </message>
    <message>
        <source>No profile with id %1.</source>
        <translation>No hay ningún perfil con el id %1.</translation>
    </message>
    <message>
        <source>Nobody called %1.</source>
        <translation>No hay nadie llamado %1.</translation>
    </message>
    <message>
        <source>%1 is not an active %2.</source>
        <translation>%1 no es un %2 activo.</translation>
    </message>
    <message>
        <source>Nobody can be their own mentor or coach.</source>
        <translation>Nadie puede ser su propio mentor ni su propio coach.</translation>
    </message>
    <message>
        <source>Someone on the team is already called %1, and two people on the team cannot share a name.</source>
        <translation>Ya hay alguien en el equipo que se llama %1, y dos personas del equipo no pueden compartir un nombre.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>People who have left are kept on record but take no part in sign-offs any more.</source>
        <translation>Las personas que se fueron se conservan en el registro, pero ya no participan en las aprobaciones.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Tu rol no permite esto.</translation>
    </message>
    <message>
        <source>Nobody can sign off, send back, recognize or check in their own work.</source>
        <translation>Nadie puede aprobar, devolver, reconocer ni hacer el seguimiento de su propio trabajo.</translation>
    </message>
    <message>
        <source>Only this learner&apos;s own mentor can do this; a manager can reassign mentees.</source>
        <translation>Solo el mentor de este alumno puede hacer esto; un gerente puede reasignar a los aprendices.</translation>
    </message>
    <message>
        <source>Only this graduate&apos;s own coach can close their check-ins.</source>
        <translation>Solo el coach de este graduado puede cerrar sus seguimientos.</translation>
    </message>
    <message>
        <source>You can recognize your own mentees and graduates; a manager can recognize anyone.</source>
        <translation>Puedes reconocer a tus propios aprendices y graduados; un gerente puede reconocer a cualquiera.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Customer CARE University</source>
        <translation>Customer CARE University</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Some course content was left out</source>
        <translation>Parte del contenido del curso quedó fuera</translation>
    </message>
    <message>
        <source>These problems were found in the course content; the courses they affect are not shown. Run &quot;careu validate&quot; for the full list.

%1</source>
        <translation>Se encontraron estos problemas en el contenido del curso; los cursos afectados no se muestran. Ejecuta &quot;careu validate&quot; para ver la lista completa.

%1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>the text is too long for a QR code (%1 bytes)</source>
        <translation>el texto es demasiado largo para un código QR (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>RecordChain</name>
    <message>
        <source>record %1 holds text this app never writes: it was changed after it was written</source>
        <translation>el registro %1 contiene texto que esta app nunca escribe: se cambió después de escribirse</translation>
    </message>
    <message>
        <source>record %1 comes after record %2: a record was removed</source>
        <translation>el registro %1 viene después del registro %2: se eliminó un registro</translation>
    </message>
    <message>
        <source>record %1 does not continue the chain: a record before it was removed, inserted or changed</source>
        <translation>el registro %1 no continúa la cadena: un registro anterior se eliminó, se insertó o se cambió</translation>
    </message>
    <message>
        <source>record %1 (%2, %3) does not match its hash: it was changed after it was written</source>
        <translation>el registro %1 (%2, %3) no coincide con su hash: se cambió después de escribirse</translation>
    </message>
    <message>
        <source>the records could not all be read: %1</source>
        <translation>no se pudieron leer todos los registros: %1</translation>
    </message>
    <message>
        <source>Your signing key no longer opens; sign out and in again.</source>
        <translation>Tu clave de firma ya no se abre; cierra sesión y vuelve a entrar.</translation>
    </message>
</context>
<context>
    <name>RefresherSession</name>
    <message>
        <source>%1 has not graduated yet: refreshers start after graduation.</source>
        <translation>%1 aún no se ha graduado: los repasos empiezan después de la graduación.</translation>
    </message>
    <message>
        <source>There is no refresher %1.</source>
        <translation>No existe el repaso %1.</translation>
    </message>
    <message>
        <source>Refresher %1 is not due until %2.</source>
        <translation>El repaso %1 no toca hasta el %2.</translation>
    </message>
    <message>
        <source>Take refresher %1 first: refreshers go in order.</source>
        <translation>Haz primero el repaso %1: los repasos van en orden.</translation>
    </message>
    <message>
        <source>This is not one of the refresher&apos;s questions and answers.</source>
        <translation>Esta no es una de las preguntas y respuestas del repaso.</translation>
    </message>
    <message>
        <source>You have answered this question already: at a refresher, the first answer counts.</source>
        <translation>Ya respondiste esta pregunta: en un repaso, cuenta la primera respuesta.</translation>
    </message>
</context>
<context>
    <name>RefresherStore</name>
    <message>
        <source>This question was answered already.</source>
        <translation>Esta pregunta ya se respondió.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Avg Check</source>
        <translation>Comprob. media</translation>
    </message>
    <message>
        <source>Best role-plays</source>
        <translation>Mejores juegos de roles</translation>
    </message>
    <message>
        <source>Practices signed off</source>
        <translation>Prácticas aprobadas</translation>
    </message>
    <message>
        <source>Course signed off</source>
        <translation>Curso aprobado</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduado</translation>
    </message>
    <message>
        <source>Check-ins done / overdue</source>
        <translation>Seguimientos hechos / atrasados</translation>
    </message>
    <message>
        <source>mentored by %1</source>
        <translation>con el mentor %1</translation>
    </message>
    <message>
        <source>named like “%1”</source>
        <translation>con nombre como “%1”</translation>
    </message>
    <message>
        <source>last active %1 to %2</source>
        <translation>última actividad del %1 al %2</translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation>activo desde el %1</translation>
    </message>
    <message>
        <source>last active by %1</source>
        <translation>última actividad hasta el %1</translation>
    </message>
    <message>
        <source>Course: %1  ·  People: %2</source>
        <translation>Curso: %1  ·  Personas: %2</translation>
    </message>
    <message>
        <source>all courses</source>
        <translation>todos los cursos</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Nadie coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Checking this report</source>
        <translation>Cómo comprobar este informe</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>lessons completed (%1%)</source>
        <translation>lecciones completadas (%1%)</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>graduados</translation>
    </message>
    <message>
        <source>average Check score, first try</source>
        <translation>puntaje medio de la Comprobación, primer intento</translation>
    </message>
    <message>
        <source>coach check-ins done</source>
        <translation>seguimientos del coach hechos</translation>
    </message>
    <message>
        <source>coach check-ins overdue</source>
        <translation>seguimientos del coach atrasados</translation>
    </message>
    <message>
        <source>Completion by pillar</source>
        <translation>Avance por pilar</translation>
    </message>
    <message>
        <source>No lessons in this report.</source>
        <translation>No hay lecciones en este informe.</translation>
    </message>
    <message>
        <source>Lessons completed per month (last %1)</source>
        <translation>Lecciones completadas por mes (últimos %1)</translation>
    </message>
    <message>
        <source>Lessons completed per month</source>
        <translation>Lecciones completadas por mes</translation>
    </message>
    <message>
        <source>No lessons completed yet.</source>
        <translation>Aún no hay lecciones completadas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Made %1, %2 UTC</source>
        <translation>Hecho el %1, %2 UTC</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>Record chain: verified, %1 records, head %2  ·  Organization %3</source>
        <translation>Cadena de registros: verificada, %1 registros, cabeza %2  ·  Organización %3</translation>
    </message>
    <message>
        <source>without a root key</source>
        <translation>sin clave raíz</translation>
    </message>
    <message>
        <source>%1 Figures that rest on the records it names cannot be trusted. Run &quot;careu check&quot; on the database.</source>
        <translation>%1 Las cifras que se basan en los registros que nombra no son confiables. Ejecuta &quot;careu check&quot; en la base de datos.</translation>
    </message>
    <message>
        <source>When this report was made, the record chain (every sign-off, send-back, recognition, huddle, coach check-in and team fact, each hashed with the one before it and signed by the person who made it) held %1 records and verified; its head was %2 and the organization&apos;s fingerprint %3. Run &quot;careu check --org %3 --head %2&quot; on the same database: it fails if any record up to that head was removed or rewritten since, or if the file is another organization&apos;s. The average Check score counts first-try answers over completed lessons; coach check-ins count once per person.</source>
        <translation>Cuando se hizo este informe, la cadena de registros (cada aprobación, devolución, reconocimiento, reunión breve, seguimiento del coach y dato del equipo, cada uno con un hash que incluye el del anterior y firmado por la persona que lo hizo) tenía %1 registros y se verificó; su cabeza era %2 y la huella de la organización, %3. Ejecuta &quot;careu check --org %3 --head %2&quot; en la misma base de datos: falla si desde entonces se eliminó o reescribió algún registro hasta esa cabeza, o si el archivo es de otra organización. El puntaje medio de la Comprobación cuenta las respuestas al primer intento en las lecciones completadas; los seguimientos del coach cuentan una vez por persona.</translation>
    </message>
    <message>
        <source>course enrollments</source>
        <translation>inscripciones a cursos</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report could not be written whole (is the disk full?)</source>
        <translation>el informe no se pudo escribir completo (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>RolePlay</name>
    <message>
        <source>&quot;%1&quot; is not one of the choices in this scene.</source>
        <translation>&quot;%1&quot; no es una de las opciones de esta escena.</translation>
    </message>
</context>
<context>
    <name>RolePlaySession</name>
    <message>
        <source>This role-play has changed since you started it, so it starts again from the beginning.</source>
        <translation>Este juego de roles cambió desde que lo empezaste, así que vuelve a empezar desde el principio.</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>unknown course &quot;%1&quot;</source>
        <translation>curso &quot;%1&quot; desconocido</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>a node has either &quot;choices&quot; or an &quot;ending&quot;, not both</source>
        <translation>un nodo tiene &quot;choices&quot; o un &quot;ending&quot;, no ambos</translation>
    </message>
    <message>
        <source>a node needs &quot;choices&quot;, an &quot;ending&quot; or a &quot;route&quot;</source>
        <translation>un nodo necesita &quot;choices&quot;, un &quot;ending&quot; o un &quot;route&quot;</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>each item must be an object</source>
        <translation>cada elemento debe ser un objeto</translation>
    </message>
    <message>
        <source>this route entry is never taken: the entry before it has no &quot;when&quot;, so it is always taken</source>
        <translation>esta entrada de ruta nunca se toma: la entrada anterior no tiene &quot;when&quot;, así que siempre se toma</translation>
    </message>
    <message>
        <source>a route needs a last entry without &quot;when&quot;, taken when no other entry applies</source>
        <translation>una ruta necesita una última entrada sin &quot;when&quot;, que se toma cuando ninguna otra aplica</translation>
    </message>
    <message>
        <source>&quot;when&quot; needs at least one of: %1</source>
        <translation>&quot;when&quot; necesita al menos uno de: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names at least one pillar or &quot;total&quot;</source>
        <translation>&quot;%1&quot; nombra al menos un pilar o &quot;total&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pillar of %2 (%3)</source>
        <translation>&quot;%1&quot; no es un pilar de %2 (%3)</translation>
    </message>
    <message>
        <source>a choice scores at least one pillar</source>
        <translation>una opción suma puntos en al menos un pilar</translation>
    </message>
    <message>
        <source>an ending&apos;s kind is one of: %1</source>
        <translation>el tipo de un final es uno de: %1</translation>
    </message>
    <message>
        <source>there is no node &quot;%1&quot; to start at</source>
        <translation>no hay ningún nodo &quot;%1&quot; donde empezar</translation>
    </message>
    <message>
        <source>this choice points nowhere: there is no node &quot;%1&quot;</source>
        <translation>esta opción no lleva a ningún lado: no hay ningún nodo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this route entry points nowhere: there is no node &quot;%1&quot;</source>
        <translation>esta entrada de ruta no lleva a ningún lado: no hay ningún nodo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; is tested but no choice sets it</source>
        <translation>la bandera &quot;%1&quot; se consulta, pero ninguna opción la activa</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; can never be reached from the start</source>
        <translation>al nodo &quot;%1&quot; nunca se llega desde el inicio</translation>
    </message>
    <message>
        <source>no ending can be reached from node &quot;%1&quot; (a loop with no way out?)</source>
        <translation>no se puede llegar a ningún final desde el nodo &quot;%1&quot; (¿un bucle sin salida?)</translation>
    </message>
    <message>
        <source>following routes from node &quot;%1&quot; can go round in a loop without reaching a scene or an ending</source>
        <translation>seguir las rutas desde el nodo &quot;%1&quot; puede dar vueltas en un bucle sin llegar a una escena ni a un final</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; offers no choice when the flags set are [%2]</source>
        <translation>el nodo &quot;%1&quot; no ofrece ninguna opción cuando las banderas activas son [%2]</translation>
    </message>
    <message>
        <source>from node &quot;%1&quot; with the flags [%2], no ending can be reached</source>
        <translation>desde el nodo &quot;%1&quot; con las banderas [%2], no se puede llegar a ningún final</translation>
    </message>
    <message>
        <source>the flags (and the points routes test) combine into more than %1 states; use fewer flags or route on fewer totals</source>
        <translation>las banderas (y los puntos que consultan las rutas) se combinan en más de %1 estados; usa menos banderas o rutas con menos totales</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is never reached in play: the conditions on the way to it never hold</source>
        <translation>al nodo &quot;%1&quot; nunca se llega jugando: las condiciones del camino hacia él nunca se cumplen</translation>
    </message>
    <message>
        <source>this route entry is never taken: no play-through arrives at &quot;%1&quot; with the points and flags it asks for</source>
        <translation>esta entrada de ruta nunca se toma: ningún recorrido llega a &quot;%1&quot; con los puntos y banderas que pide</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>falta %1 %2</translation>
    </message>
    <message>
        <source>the %1 %2 was changed</source>
        <translation>se cambió %1 %2</translation>
    </message>
    <message>
        <source>there is an unexpected %1 %2</source>
        <translation>hay %1 %2 inesperado</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>No course has refreshers, so there is no refresher to take.</source>
        <translation>Ningún curso tiene repasos, así que no hay ningún repaso que hacer.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Customer CARE University</source>
        <translation>Customer CARE University</translation>
    </message>
</context>
<context>
    <name>SignOffs</name>
    <message>
        <source>Finish the lesson first: pass the Check and write your reflection.</source>
        <translation>Termina primero la lección: pasa la Comprobación y escribe tu reflexión.</translation>
    </message>
    <message>
        <source>You have already asked; your mentor will review it.</source>
        <translation>Ya lo pediste; tu mentor lo va a revisar.</translation>
    </message>
    <message>
        <source>This Practice is already signed off.</source>
        <translation>Esta Práctica ya está aprobada.</translation>
    </message>
    <message>
        <source>You have no mentor yet; ask a manager to assign one.</source>
        <translation>Aún no tienes mentor; pídele a un gerente que te asigne uno.</translation>
    </message>
    <message>
        <source>%1 has not asked for this Practice to be signed off.</source>
        <translation>%1 no ha pedido la aprobación de esta Práctica.</translation>
    </message>
    <message>
        <source>Sign off only what you have seen: tick every behavior you observed, or send it back with feedback on what to practice.</source>
        <translation>Aprueba solo lo que viste: marca cada conducta que observaste, o devuélvela con comentarios sobre qué practicar.</translation>
    </message>
    <message>
        <source>Type your password again to sign.</source>
        <translation>Vuelve a escribir tu contraseña para firmar.</translation>
    </message>
    <message>
        <source>Say what to practice next: %1 will read it on the lesson.</source>
        <translation>Di qué practicar ahora: %1 lo va a leer en la lección.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The database %1 is missing, but there are copies of it beside it (%2), so this is not a first start. A new, empty organization was not made in its place.</source>
        <translation>Falta la base de datos %1, pero hay copias junto a ella (%2), así que este no es un primer inicio. No se creó una organización nueva y vacía en su lugar.</translation>
    </message>
    <message>
        <source>The database server cannot be reached</source>
        <translation>No se puede conectar con el servidor de la base de datos</translation>
    </message>
    <message>
        <source>Customer CARE University cannot open its database.

%1</source>
        <translation>Customer CARE University no puede abrir su base de datos.

%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>There is no backup of it to go back to.</source>
        <translation>No hay ninguna copia de seguridad a la que volver.</translation>
    </message>
    <message>
        <source>The newest good backup was made on %1 at %2. Restoring it puts it in place of this file, which is kept beside it under a new name.</source>
        <translation>La copia de seguridad buena más reciente se hizo el %1 a las %2. Al restaurarla, ocupa el lugar de este archivo, que se guarda al lado con otro nombre.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Customer CARE University cannot open its database.

%1

%2</source>
        <translation>Customer CARE University no puede abrir su base de datos.

%1

%2</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La copia de seguridad no se restauró</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Customer CARE University databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Customer CARE University (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An admin restores backups</source>
        <translation>Un administrador restaura las copias de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts everyone&apos;s records back as they were in the backup, so an admin of that backup confirms it with their name and password.</source>
        <translation>Restaurar deja los registros de todos como estaban en la copia de seguridad, así que un administrador de esa copia lo confirma con su nombre y contraseña.</translation>
    </message>
    <message>
        <source>Restoring was canceled. Nothing was changed.</source>
        <translation>Se canceló la restauración. No se cambió nada.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>No se hizo la copia de seguridad de hoy</translation>
    </message>
    <message>
        <source>%1

The app works as usual; it tries again at the next start.</source>
        <translation>%1

La app funciona como siempre; lo intenta de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>The records were changed outside the app: %1. Today&apos;s backup was not made, so the backups still hold the records as they were. Ask your admin to run &quot;careu check&quot; on this database and restore the newest backup.</source>
        <translation>Los registros se cambiaron fuera de la app: %1. No se hizo la copia de seguridad de hoy, así que las copias siguen guardando los registros como estaban. Pide a tu administrador que ejecute &quot;careu check&quot; en esta base de datos y restaure la copia más reciente.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>You cannot deactivate yourself; ask another manager.</source>
        <translation>No puedes desactivarte a ti mismo; pídeselo a otro gerente.</translation>
    </message>
    <message>
        <source>A profile you make yourself is a learner&apos;s; a manager gives other roles.</source>
        <translation>Un perfil que creas tú mismo es de alumno; un gerente asigna los demás roles.</translation>
    </message>
    <message>
        <source>This account&apos;s password is set by a manager.</source>
        <translation>La contraseña de esta cuenta la asigna un gerente.</translation>
    </message>
    <message>
        <source>Change your own password yourself; a reset is for someone who forgot theirs.</source>
        <translation>Cambia tu propia contraseña tú mismo; restablecerla es para quien olvidó la suya.</translation>
    </message>
    <message>
        <source>%1 is already a %2.</source>
        <translation>%1 ya es %2.</translation>
    </message>
    <message>
        <source>%1 needs at least one role.</source>
        <translation>%1 necesita al menos un rol.</translation>
    </message>
    <message>
        <source>%1 is not a %2.</source>
        <translation>%1 no es %2.</translation>
    </message>
    <message>
        <source>%1 is on the team already.</source>
        <translation>%1 ya está en el equipo.</translation>
    </message>
    <message>
        <source>Another manager endorses your key: nobody vouches for their own.</source>
        <translation>Otro gerente avala tu clave: nadie responde por la suya propia.</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: it is made when they first sign in.</source>
        <translation>%1 aún no tiene clave de firma: se crea cuando inicia sesión por primera vez.</translation>
    </message>
    <message>
        <source>That is not the fingerprint of %1&apos;s key. Ask them to read it again from Help, About on their own screen; if it still differs, do not endorse it: reset their password instead.</source>
        <translation>Esa no es la huella de la clave de %1. Pídele que la lea de nuevo en Ayuda, Acerca de, en su propia pantalla; si sigue sin coincidir, no la avales: restablece su contraseña.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Falló un paso de este cambio, así que no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>XapiExport</name>
    <message>
        <source>The xAPI home page needs a full web address like https://lms.example.com.</source>
        <translation>La página de inicio de xAPI necesita una dirección web completa, como https://lms.example.com.</translation>
    </message>
    <message>
        <source>%1 · Refresher %2</source>
        <translation>%1 · Repaso %2</translation>
    </message>
</context>
<context>
    <name>careu</name>
    <message>
        <source>%1 is a folder; give the name of a file to write</source>
        <translation>%1 es una carpeta; da el nombre de un archivo para escribir</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); give the name of a file to write</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un socket); da el nombre de un archivo para escribir</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; no se escribió nada</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>making a PDF needs a QGuiApplication</source>
        <translation>hacer un PDF necesita una QGuiApplication</translation>
    </message>
</context>
<context>
    <name>careu::Roles</name>
    <message>
        <source>Learner</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>careu::sql</name>
    <message>
        <source>The database server cannot be reached, so nothing could be saved. Check the network (or ask whoever runs the server), then try again.</source>
        <translation>No se puede conectar con el servidor de la base de datos, así que no se pudo guardar nada. Revisa la red (o pregúntale a quien administra el servidor) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database server is out of disk space or memory, so nothing could be saved. Ask whoever runs the server, then try again.</source>
        <translation>El servidor de la base de datos se quedó sin espacio en disco o sin memoria, así que no se pudo guardar nada. Pregúntale a quien administra el servidor y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database server only lets this account read, so nothing can be saved.</source>
        <translation>El servidor de la base de datos solo deja leer a esta cuenta, así que no se puede guardar nada.</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing can be saved. Ask whoever looks after this computer to let you change the file, then try again.</source>
        <translation>El archivo de la base de datos es de solo lectura, así que no se puede guardar nada. Pídele a quien cuida esta computadora que te deje cambiar el archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space (empty the trash, move large files elsewhere), then try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada. Libera espacio (vacía la papelera, mueve archivos grandes a otro lugar) y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Other changes were being saved at the same moment, and the database server turned this one away %n times, so none of it was saved. Try again in a moment.</source>
        <translation>
            <numerusform>Se estaban guardando otros cambios al mismo tiempo y el servidor de la base de datos rechazó este %n vez, así que no se guardó nada. Vuelve a intentarlo en un momento.</numerusform>
            <numerusform>Se estaban guardando otros cambios al mismo tiempo y el servidor de la base de datos rechazó este %n veces, así que no se guardó nada. Vuelve a intentarlo en un momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui</name>
    <message>
        <source>Learn</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>no points either way</source>
        <translation>sin puntos a favor ni en contra</translation>
    </message>
    <message>
        <source>the best ending</source>
        <translation>el mejor final</translation>
    </message>
    <message>
        <source>a good ending</source>
        <translation>un buen final</translation>
    </message>
    <message>
        <source>an average ending</source>
        <translation>un final regular</translation>
    </message>
    <message>
        <source>a recovery</source>
        <translation>una recuperación</translation>
    </message>
    <message>
        <source>a poor ending</source>
        <translation>un mal final</translation>
    </message>
</context>
<context>
    <name>careu::ui::CheckView</name>
    <message>
        <source>QUESTION %1 OF %2</source>
        <translation>PREGUNTA %1 DE %2</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar tu respuesta: %1</translation>
    </message>
    <message>
        <source>Check passed. %1 of %2 right at the first try.</source>
        <translation>Comprobación superada. %1 de %2 correctas al primer intento.</translation>
    </message>
    <message>
        <source>%1 of %2 answered right. Every choice explains itself, so read the feedback, wrong or right.</source>
        <translation>%1 de %2 respondidas bien. Cada opción se explica sola, así que lee la retroalimentación, sea correcta o no.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>careu::ui::CoachPage</name>
    <message>
        <source>%1. A question the course no longer has.</source>
        <translation>%1. Una pregunta que el curso ya no tiene.</translation>
    </message>
    <message>
        <source>✓ %1
Answered: %2</source>
        <translation>✓ %1
Respondió: %2</translation>
    </message>
    <message>
        <source>✗ %1
Answered: %2
The answer: %3</source>
        <translation>✗ %1
Respondió: %2
La respuesta: %3</translation>
    </message>
    <message>
        <source>Replayed %1: a total of %2, ending “%3”.</source>
        <translation>Repitió %1: un total de %2, final “%3”.</translation>
    </message>
    <message>
        <source>Replayed %1: a total of %2.</source>
        <translation>Repitió %1: un total de %2.</translation>
    </message>
    <message>
        <source>COACHING</source>
        <translation>COACHING</translation>
    </message>
    <message>
        <source>Your graduates</source>
        <translation>Tus graduados</translation>
    </message>
    <message>
        <source>Not graduated yet: refreshers start when both courses are signed off.</source>
        <translation>Aún no se gradúa: los repasos empiezan cuando ambos cursos están aprobados.</translation>
    </message>
    <message>
        <source>Graduated %1.</source>
        <translation>Se graduó el %1.</translation>
    </message>
    <message>
        <source>%1 · day %2 · %3 · due %4</source>
        <translation>%1 · día %2 · %3 · vence el %4</translation>
    </message>
    <message>
        <source> · %1 of %2 right</source>
        <translation> · %1 de %2 correctas</translation>
    </message>
    <message>
        <source> · checked in %1: %2</source>
        <translation> · seguimiento el %1: %2</translation>
    </message>
    <message>
        <source>role-play replayed</source>
        <translation>juego de roles repetido</translation>
    </message>
    <message>
        <source>role-play not replayed yet</source>
        <translation>juego de roles aún sin repetir</translation>
    </message>
    <message>
        <source>What you talked about and what you saw</source>
        <translation>De qué hablaron y qué viste</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Hacer seguimiento</translation>
    </message>
    <message>
        <source>Check-in %1 with %2 recorded.</source>
        <translation>Seguimiento %1 con %2 registrado.</translation>
    </message>
    <message>
        <source>Nobody has you as their coach yet. A manager assigns coaches.</source>
        <translation>Nadie te tiene como coach todavía. Un gerente asigna los coaches.</translation>
    </message>
    <message>
        <source>Waiting for %1 to take it: %2, %3. You can check in once they have.</source>
        <translation>Esperando a que %1 lo haga: %2, %3. Puedes hacer el seguimiento cuando lo haya hecho.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions answered</source>
        <translation>
            <numerusform>%1 de %n pregunta respondida</numerusform>
            <numerusform>%1 de %n preguntas respondidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in %1 with %2: what you talked about and what you saw</source>
        <translation>Seguimiento %1 con %2: de qué hablaron y qué viste</translation>
    </message>
</context>
<context>
    <name>careu::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>careu::ui::DashboardPage</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>DASHBOARD</source>
        <translation>PANEL</translation>
    </message>
    <message>
        <source>Where everyone is</source>
        <translation>Dónde está cada persona</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Todos los mentores</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Activo desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Busca un nombre</translation>
    </message>
    <message>
        <source>The rows the table shows, as the filters above choose them</source>
        <translation>Las filas que muestra la tabla, según las eligen los filtros de arriba</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Imprimir PDF…</translation>
    </message>
    <message>
        <source>, as a report to print</source>
        <translation>, como un informe para imprimir</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <source>A PDF certificate of graduation for every graduate the table shows, into a folder</source>
        <translation>Un certificado de graduación en PDF para cada graduado que muestra la tabla, en una carpeta</translation>
    </message>
    <message>
        <source>Double-click a person to see their record</source>
        <translation>Haz doble clic en una persona para ver su registro</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Ajustes del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your organization&apos;s name, printed on reports and certificates</source>
        <translation>El nombre de tu organización, impreso en informes y certificados</translation>
    </message>
    <message>
        <source>The xAPI home page: the address of your Learning Record Store&apos;s accounts (people appear there by their stable id)</source>
        <translation>La página de inicio de xAPI: la dirección de las cuentas de tu Learning Record Store (las personas aparecen ahí con su id estable)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Give your organization&apos;s name.</source>
        <translation>Escribe el nombre de tu organización.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Stopped; the table shows the report read before.</source>
        <translation>Detenido; la tabla muestra el informe leído antes.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se pudo leer el informe: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>Export xAPI statements</source>
        <translation>Exportar declaraciones xAPI</translation>
    </message>
    <message>
        <source>Export the completion report</source>
        <translation>Exportar el informe de avance</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportado a %2: %1.</translation>
    </message>
    <message>
        <source>Print the completion report as a PDF</source>
        <translation>Imprimir el informe de avance como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printed the report to %1.</source>
        <translation>Se imprimió el informe en %1.</translation>
    </message>
    <message>
        <source>A folder for the certificates</source>
        <translation>Una carpeta para los certificados</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n certificate(s) into %1.</source>
        <translation>
            <numerusform>Se escribió %n certificado en %1.</numerusform>
            <numerusform>Se escribieron %n certificados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; nothing half-written was left behind.</source>
        <translation>Se detuvo antes del final; no quedó nada escrito a medias.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>No se escribió nada en %1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Active until</source>
        <translation>Activo hasta</translation>
    </message>
    <message>
        <source>Everyone&apos;s progress, a row per person and course</source>
        <translation>El avance de todos, una fila por persona y curso</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Vistas del panel</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows (one per person per course). Click a column title to sort; double-click a person to see their record.</source>
        <translation>
            <numerusform>%1 de %n fila (una por persona y curso). Haz clic en el título de una columna para ordenar; haz doble clic en una persona para ver su registro.</numerusform>
            <numerusform>%1 de %n filas (una por persona y curso). Haz clic en el título de una columna para ordenar; haz doble clic en una persona para ver su registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n declaración</numerusform>
            <numerusform>%n declaraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for a learning record store (xAPI)…</source>
        <translation>Exportar para un LRS (xAPI)…</translation>
    </message>
</context>
<context>
    <name>careu::ui::DebriefView</name>
    <message>
        <source>HOW IT ENDED · %1</source>
        <translation>CÓMO TERMINÓ · %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Play again</source>
        <translation>&amp;Jugar otra vez</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu camino</translation>
    </message>
    <message>
        <source>Best path</source>
        <translation>El mejor camino</translation>
    </message>
    <message>
        <source>Points per pillar</source>
        <translation>Puntos por pilar</translation>
    </message>
    <message>
        <source>YOUR PATH</source>
        <translation>TU CAMINO</translation>
    </message>
    <message>
        <source>THE BEST PATH</source>
        <translation>EL MEJOR CAMINO</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminó: %1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Termina: %1</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo te fue</translation>
    </message>
</context>
<context>
    <name>careu::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Guía para tu rol</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Customer CARE University</source>
        <translation>A&amp;cerca de Customer CARE University</translation>
    </message>
    <message>
        <source>About Customer CARE University</source>
        <translation>Acerca de Customer CARE University</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick your name and type your password to start. What you see next depends on your role. Here is what each role does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elige tu nombre y escribe tu contraseña para empezar. Lo que ves después depende de tu rol. Esto es lo que hace cada rol.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Learning&lt;/h3&gt;&lt;p&gt;Your lessons are on the My learning tab. CARE 101 comes first, then CARE 102. Each lesson has four steps:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Learn&lt;/b&gt;: read the lesson. It is short.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;: answer a few questions. Your first answer to each one counts, so think before you pick.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reflect&lt;/b&gt;: write how you will use it with your own customers. It saves as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Practice&lt;/b&gt;: play the role-play or do the task on the floor, then ask your mentor to sign it off. If they send it back, read their coaching and try again.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When every Practice of both courses is signed off, you graduate. Your coach then sends short refreshers after a week, a month and three months.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aprendizaje&lt;/h3&gt;&lt;p&gt;Tus lecciones están en la pestaña Mi aprendizaje. Primero viene CARE 101 y luego CARE 102. Cada lección tiene cuatro pasos:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Aprendizaje&lt;/b&gt;: lee la lección. Es corta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comprobación&lt;/b&gt;: responde unas preguntas. Cuenta tu primera respuesta a cada una, así que piensa antes de elegir.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reflexión&lt;/b&gt;: escribe cómo lo vas a usar con tus propios clientes. Se guarda mientras escribes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Práctica&lt;/b&gt;: haz el juego de roles o la tarea en el local, y luego pídele a tu mentor que la apruebe. Si te la devuelve, lee sus consejos y vuelve a intentarlo.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Cuando todas las Prácticas de ambos cursos estén aprobadas, te gradúas. Después, tu coach te envía repasos cortos al cabo de una semana, un mes y tres meses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mentoring&lt;/h3&gt;&lt;p&gt;The Mentoring tab lists your learners and what waits for you. Open a request to read their Check answers, their reflection and how their role-play went.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Sign off&lt;/b&gt; when the Practice shows the skill. Your signature is yours alone: nobody else can sign for you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Send back&lt;/b&gt; with coaching that says what to try next time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recognize&lt;/b&gt; good CARE you saw on the floor, and log your huddles.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Mentoría&lt;/h3&gt;&lt;p&gt;La pestaña Mentoría muestra tus alumnos y lo que tienes pendiente. Abre una solicitud para leer sus respuestas de la Comprobación, su reflexión y cómo les fue en el juego de roles.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Aprueba&lt;/b&gt; cuando la Práctica demuestre la habilidad. Tu firma es solo tuya: nadie más puede firmar por ti.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Devuelve&lt;/b&gt; con consejos que digan qué probar la próxima vez.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reconoce&lt;/b&gt; el buen CARE que viste en el local, y registra tus reuniones breves.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coaching&lt;/h3&gt;&lt;p&gt;The Coaching tab lists your graduates and their refreshers. When a graduate has taken one, read their answers, talk with them, and record the check-in with a short note.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coaching&lt;/h3&gt;&lt;p&gt;La pestaña Coaching muestra tus graduados y sus repasos. Cuando un graduado haya hecho uno, lee sus respuestas, conversa con él y registra el seguimiento con una nota breve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Managing&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;People&lt;/b&gt;: add your team, give roles, and pick each learner&apos;s mentor and coach.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dashboard&lt;/b&gt;: see who is where. Filter by course, shop, mentor or status; the CSV, the PDF report and the certificates follow the filters on screen.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Gestión&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Personas&lt;/b&gt;: agrega a tu equipo, asigna roles y elige el mentor y el coach de cada alumno.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Panel&lt;/b&gt;: mira dónde está cada persona. Filtra por curso, sede, mentor o estado; el CSV, el informe PDF y los certificados siguen los filtros de la pantalla.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the focused button or tick the focused answer</source>
        <translation>Presionar el botón enfocado o marcar la respuesta enfocada</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Send the form you are filling in (sign in, add someone)</source>
        <translation>Enviar el formulario que estás llenando (entrar, agregar a alguien)</translation>
    </message>
    <message>
        <source>Next or previous step of a lesson</source>
        <translation>Paso siguiente o anterior de una lección</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 a 9</translation>
    </message>
    <message>
        <source>Pick a choice in a role-play</source>
        <translation>Elegir una opción en un juego de roles</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Esta guía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Customer CARE University %1&lt;/h3&gt;&lt;p&gt;Lessons, role-plays and sign-offs that teach customer CARE.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Customer CARE University %1&lt;/h3&gt;&lt;p&gt;Lecciones, juegos de roles y aprobaciones que enseñan CARE en la atención al cliente.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The organization&apos;s fingerprint could not be read: %1</source>
        <translation>No se pudo leer la huella de la organización: %1</translation>
    </message>
    <message>
        <source>Organization fingerprint: none yet (no admin has signed this database&apos;s records).</source>
        <translation>Huella de la organización: todavía ninguna (ningún administrador ha firmado los registros de esta base de datos).</translation>
    </message>
    <message>
        <source>Organization fingerprint: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Certificates and reports print it. These hold a database or a certificate against it:&lt;br&gt;&lt;tt&gt;careu check --org %1&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;careu verify --org %1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Keep a note of it away from this computer.</source>
        <translation>Huella de la organización: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Los certificados y los informes la imprimen. Estos comandos comparan con ella una base de datos o un certificado:&lt;br&gt;&lt;tt&gt;careu check --org %1&lt;/tt&gt;&lt;br&gt;&lt;tt&gt;careu verify --org %1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Guárdala anotada lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint: &lt;b&gt;%1&lt;/b&gt;. A manager who endorses your key asks you for it.</source>
        <translation>La huella de tu clave de firma: &lt;b&gt;%1&lt;/b&gt;. El gerente que avale tu clave te la pedirá.</translation>
    </message>
</context>
<context>
    <name>careu::ui::HomePage</name>
    <message>
        <source>CUSTOMER CARE UNIVERSITY</source>
        <translation>CUSTOMER CARE UNIVERSITY</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation>No se pudo leer tu avance: %1</translation>
    </message>
    <message>
        <source>CONTINUE WHERE YOU LEFT OFF</source>
        <translation>SIGUE DONDE TE QUEDASTE</translation>
    </message>
    <message>
        <source>UP NEXT</source>
        <translation>LO QUE SIGUE</translation>
    </message>
    <message>
        <source>START HERE</source>
        <translation>EMPIEZA AQUÍ</translation>
    </message>
    <message>
        <source>You were on the %1 step.</source>
        <translation>Estabas en el paso de %1.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s): learn, check, reflect, then practice with a real customer.</source>
        <translation>
            <numerusform>Cerca de %n minuto: aprende, comprueba, reflexiona y luego practica con un cliente real.</numerusform>
            <numerusform>Cerca de %n minutos: aprende, comprueba, reflexiona y luego practica con un cliente real.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>EVERY LESSON COMPLETE</source>
        <translation>TODAS LAS LECCIONES COMPLETAS</translation>
    </message>
    <message>
        <source>Well done. Keep practicing with real customers; your mentor signs off each Practice when they have seen it.</source>
        <translation>Bien hecho. Sigue practicando con clientes reales; tu mentor aprueba cada Práctica cuando la haya visto.</translation>
    </message>
    <message>
        <source>ROLE-PLAYS</source>
        <translation>JUEGOS DE ROLES</translation>
    </message>
    <message>
        <source>best %1 of %2 points</source>
        <translation>mejor: %1 de %2 puntos</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not played yet</source>
        <translation>aún sin jugar</translation>
    </message>
    <message>
        <source>, one in progress</source>
        <translation>, uno en curso</translation>
    </message>
    <message>
        <source>Role-play results could not be read: %1</source>
        <translation>No se pudieron leer los resultados de los juegos de roles: %1</translation>
    </message>
    <message>
        <source>🎓 You graduated from Customer CARE University on %1. Your coach will check in with you from time to time.</source>
        <translation>🎓 Te graduaste de Customer CARE University el %1. Tu coach te va a hacer seguimiento de vez en cuando.</translation>
    </message>
    <message>
        <source>Refresher %1 taken: %2 of %3 right. Your coach will check in with you about it.</source>
        <translation>Repaso %1 hecho: %2 de %3 correctas. Tu coach va a hablar contigo sobre él.</translation>
    </message>
    <message>
        <source>See your answers</source>
        <translation>Ver tus respuestas</translation>
    </message>
    <message>
        <source>▶  Continue refresher %1</source>
        <translation>▶  Continuar el repaso %1</translation>
    </message>
    <message>
        <source>▶  Start refresher %1</source>
        <translation>▶  Empezar el repaso %1</translation>
    </message>
    <message>
        <source>RECOGNITION</source>
        <translation>RECONOCIMIENTO</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>“%1” — %2, %3</translation>
    </message>
    <message>
        <source>your mentor</source>
        <translation>tu mentor</translation>
    </message>
    <message>
        <source>HUDDLES WITH YOUR MENTOR</source>
        <translation>REUNIONES BREVES CON TU MENTOR</translation>
    </message>
    <message>
        <source>%1 · went well: %2 · work on: %3 · next step: %4</source>
        <translation>%1 · salió bien: %2 · a mejorar: %3 · siguiente paso: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons complete</source>
        <translation>
            <numerusform>%1 de %n lección completa</numerusform>
            <numerusform>%1 de %n lecciones completas</numerusform>
        </translation>
    </message>
    <message>
        <source>SINCE YOUR LAST VISIT</source>
        <translation>DESDE TU ÚLTIMA VISITA</translation>
    </message>
    <message>
        <source>Not everything could be read: %1</source>
        <translation>No se pudo leer todo: %1</translation>
    </message>
    <message>
        <source>✓ %1 signed off your Practice for %2 (%3).</source>
        <translation>✓ %1 aprobó tu Práctica de %2 (%3).</translation>
    </message>
    <message>
        <source>↩ %1 sent back your Practice for %2 (%3): “%4”</source>
        <translation>↩ %1 devolvió tu Práctica de %2 (%3): “%4”</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the Practice for %1 again</source>
        <translation>Volver a intentar la Práctica de %1</translation>
    </message>
    <message>
        <source>★ %1 recognized you (%2): “%3”</source>
        <translation>★ %1 te reconoció (%2): “%3”</translation>
    </message>
    <message numerus="yes">
        <source>Refresher %1 is due: %n questions on what you learned, then a role-play to replay. People need reminding more than instructing.</source>
        <translation>
            <numerusform>El repaso %1 ya toca: %n pregunta sobre lo que aprendiste y luego un juego de roles para repetir. Las personas necesitan más recordar que aprender.</numerusform>
            <numerusform>El repaso %1 ya toca: %n preguntas sobre lo que aprendiste y luego un juego de roles para repetir. Las personas necesitan más recordar que aprender.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::HomeTabs</name>
    <message>
        <source>My learning</source>
        <translation>Mi aprendizaje</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Your pages</source>
        <translation>Tus páginas</translation>
    </message>
    <message>
        <source>Mentoring (%1)</source>
        <translation>Mentoría (%1)</translation>
    </message>
    <message>
        <source>Practices waiting for your review: %1</source>
        <translation>Prácticas esperando tu revisión: %1</translation>
    </message>
</context>
<context>
    <name>careu::ui::LessonPage</name>
    <message>
        <source>← &amp;Home</source>
        <translation>← &amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Where you are in the lesson could not be saved: %1</source>
        <translation>No se pudo guardar en qué parte de la lección estás: %1</translation>
    </message>
    <message>
        <source>&amp;Next: %1 →</source>
        <translation>&amp;Siguiente: %1 →</translation>
    </message>
    <message>
        <source>&amp;Done: back to home</source>
        <translation>&amp;Listo: volver al inicio</translation>
    </message>
    <message>
        <source>pass the Check</source>
        <translation>pasa la Comprobación</translation>
    </message>
    <message>
        <source>write your reflection</source>
        <translation>escribe tu reflexión</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Cerca de %n minuto</numerusform>
            <numerusform>Cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · To complete this lesson: %2.</source>
        <translation>%1 · Para completar esta lección: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>✓ Lesson complete (%1). Next: do the Practice on the job; your mentor will watch for it and sign it off.</source>
        <translation>✓ Lección completa (%1). Siguiente: haz la Práctica en el trabajo; tu mentor va a estar atento y la va a aprobar.</translation>
    </message>
    <message>
        <source>The sign-off could not be read: %1</source>
        <translation>No se pudo leer la aprobación: %1</translation>
    </message>
    <message>
        <source>your mentor</source>
        <translation>tu mentor</translation>
    </message>
    <message>
        <source>Ask %1 to sign off</source>
        <translation>Pídele a %1 que la apruebe</translation>
    </message>
    <message>
        <source>You have no mentor yet; ask a manager to assign one.</source>
        <translation>Aún no tienes mentor; pídele a un gerente que te asigne uno.</translation>
    </message>
    <message>
        <source>Once you have passed the Check and written your reflection, practice with real customers and then ask %1 to watch and sign it off.</source>
        <translation>Cuando hayas pasado la Comprobación y escrito tu reflexión, practica con clientes reales y luego pídele a %1 que te observe y la apruebe.</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s review (you asked on %2).</source>
        <translation>Esperando la revisión de %1 (la pediste el %2).</translation>
    </message>
    <message>
        <source>%1 sent this back on %2 with some coaching:</source>
        <translation>%1 la devolvió el %2 con algunos consejos:</translation>
    </message>
    <message>
        <source>Ask %1 again</source>
        <translation>Pídeselo otra vez a %1</translation>
    </message>
    <message>
        <source>✓ Signed off by %1 on %2.</source>
        <translation>✓ Aprobada por %1 el %2.</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Practice these with real customers, then ask %1 to sign it off.</source>
        <translation>Practica esto con clientes reales y luego pídele a %1 que la apruebe.</translation>
    </message>
</context>
<context>
    <name>careu::ui::MainWindow</name>
    <message>
        <source>Customer CARE University</source>
        <translation>Customer CARE University</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cannot open this profile</source>
        <translation>No se puede abrir este perfil</translation>
    </message>
    <message>
        <source>Cannot open this review</source>
        <translation>No se puede abrir esta revisión</translation>
    </message>
    <message>
        <source>This lesson is no longer part of the course.</source>
        <translation>Esta lección ya no es parte del curso.</translation>
    </message>
    <message>
        <source>Cannot open this record</source>
        <translation>No se puede abrir este registro</translation>
    </message>
    <message>
        <source>This person or course is no longer here.</source>
        <translation>Esta persona o este curso ya no está aquí.</translation>
    </message>
    <message>
        <source>Cannot open this lesson</source>
        <translation>No se puede abrir esta lección</translation>
    </message>
    <message>
        <source>Cannot open this role-play</source>
        <translation>No se puede abrir este juego de roles</translation>
    </message>
    <message>
        <source>This role-play is no longer part of the courses.</source>
        <translation>Este juego de roles ya no es parte de los cursos.</translation>
    </message>
    <message>
        <source>Cannot open this refresher</source>
        <translation>No se puede abrir este repaso</translation>
    </message>
    <message>
        <source>Could not remember where you are: %1</source>
        <translation>No se pudo recordar dónde estás: %1</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring puts the whole database back as it was, for everyone, so only an admin can do it. Sign in as an admin, then choose File → Restore from backup… again.</source>
        <translation>Restaurar deja toda la base de datos como estaba, para todos, así que solo un administrador puede hacerlo. Inicia sesión como administrador y elige otra vez Archivo → Restaurar una copia de seguridad….</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Customer CARE University backups (*.sqlite *.bak);;All files (*)</source>
        <translation>Copias de seguridad de Customer CARE University (*.sqlite *.bak);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This is not a backup to restore</source>
        <translation>Esta no es una copia de seguridad que se pueda restaurar</translation>
    </message>
    <message>
        <source>Restore from backup?</source>
        <translation>¿Restaurar la copia de seguridad?</translation>
    </message>
    <message>
        <source>The database will be put back as it was in the backup %1, for everyone. What was recorded since then will not be in it; the current database is kept aside as a checked copy first, so nothing is deleted.

Everyone is signed out. Type your password to restore now.</source>
        <translation>La base de datos va a quedar como estaba en la copia de seguridad %1, para todos. Lo que se registró desde entonces no va a estar; antes, la base de datos actual se guarda aparte como una copia comprobada, así que no se borra nada.

Se va a cerrar la sesión de todos. Escribe tu contraseña para restaurar ahora.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La copia de seguridad no se restauró</translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was is kept as %2.</source>
        <translation>Se restauró desde %1. La base de datos como estaba se guarda como %2.</translation>
    </message>
    <message>
        <source>Your reflection was not saved</source>
        <translation>Tu reflexión no se guardó</translation>
    </message>
    <message>
        <source>What you wrote in the reflection could not be saved. Close anyway and lose it, or cancel and copy it somewhere safe?</source>
        <translation>Lo que escribiste en la reflexión no se pudo guardar. ¿Cerrar de todos modos y perderlo, o cancelar y copiarlo en un lugar seguro?</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language is used once you sign out.</source>
        <translation>El nuevo idioma se usa cuando cierras sesión.</translation>
    </message>
    <message>
        <source>Cannot adopt the earlier records</source>
        <translation>No se pueden adoptar los registros anteriores</translation>
    </message>
    <message>
        <source>Earlier records adopted</source>
        <translation>Registros anteriores adoptados</translation>
    </message>
    <message>
        <source>Your key waits for a manager</source>
        <translation>Tu clave espera a un gerente</translation>
    </message>
    <message>
        <source>You made your signing key yourself, and no manager has endorsed it yet: until one does, what you sign as a mentor, coach or manager would not count, so the app will not sign it. Ask a manager to endorse it in People, and read them its fingerprint: %1</source>
        <translation>Creaste tu clave de firma tú mismo y ningún gerente la ha avalado todavía: hasta que uno lo haga, lo que firmes como mentor, coach o gerente no contaría, así que la app no lo firmará. Pide a un gerente que la avale en Personas y léele su huella: %1</translation>
    </message>
    <message>
        <source>Adopt the earlier records?</source>
        <translation>¿Adoptar los registros anteriores?</translation>
    </message>
    <message>
        <source>This database was made before records were signed: its %1 records, sign-offs and graduations among them, do not verify yet, so reports and certificates are refused. As its first admin you can adopt them: you vouch that they are your organization&apos;s, as the app holds them now, and your key becomes the organization&apos;s root. Adopt them only if nobody could have changed this file behind the app&apos;s back.</source>
        <translation>Esta base de datos se creó antes de que los registros se firmaran: sus %1 registros, entre ellos aprobaciones y graduaciones, aún no se verifican, así que se rechazan los informes y los certificados. Como su primera persona administradora, puedes adoptarlos: respondes de que son de tu organización, tal como la app los tiene ahora, y tu clave pasa a ser la raíz de la organización. Adóptalos solo si nadie pudo cambiar este archivo a espaldas de la app.</translation>
    </message>
    <message>
        <source>Adopt them</source>
        <translation>Adoptarlos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>careu::ui::MentorPage</name>
    <message>
        <source>MENTORING</source>
        <translation>MENTORÍA</translation>
    </message>
    <message>
        <source>Your mentees</source>
        <translation>Tus aprendices</translation>
    </message>
    <message>
        <source>NEEDS YOUR REVIEW</source>
        <translation>NECESITA TU REVISIÓN</translation>
    </message>
    <message>
        <source>%1 · %2 · asked %3</source>
        <translation>%1 · %2 · la pidió el %3</translation>
    </message>
    <message>
        <source>Nothing is waiting. When a mentee asks you to sign off a Practice, it appears here.</source>
        <translation>No hay nada pendiente. Cuando un aprendiz te pida aprobar una Práctica, aparece aquí.</translation>
    </message>
    <message>
        <source>HOW THEY ARE DOING</source>
        <translation>CÓMO LES VA</translation>
    </message>
    <message>
        <source>No one has you as their mentor yet. A manager assigns mentees.</source>
        <translation>Nadie te tiene como mentor todavía. Un gerente asigna los aprendices.</translation>
    </message>
    <message>
        <source> · graduated %1</source>
        <translation> · se graduó el %1</translation>
    </message>
    <message>
        <source>Name the act, soon after it happened. Your mentee sees it on their home screen.</source>
        <translation>Nombra lo que hizo, poco después de que pasó. Tu aprendiz lo ve en su pantalla de inicio.</translation>
    </message>
    <message>
        <source>Recognition for %1 recorded.</source>
        <translation>Reconocimiento para %1 registrado.</translation>
    </message>
    <message>
        <source>HUDDLE LOG</source>
        <translation>REGISTRO DE REUNIONES BREVES</translation>
    </message>
    <message>
        <source>A few minutes together, often: what went well, what to work on, the next step. Your mentee sees it too.</source>
        <translation>Unos minutos juntos, seguido: qué salió bien, qué mejorar, el siguiente paso. Tu aprendiz también lo ve.</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <source>To work on</source>
        <translation>A mejorar</translation>
    </message>
    <message>
        <source>Next step (needed)</source>
        <translation>Siguiente paso (obligatorio)</translation>
    </message>
    <message>
        <source>Log huddle</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <source>Huddle with %1 logged.</source>
        <translation>Reunión breve con %1 registrada.</translation>
    </message>
    <message>
        <source>Not everything could be read: %1</source>
        <translation>No se pudo leer todo: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons complete</source>
        <translation>
            <numerusform>%1 de %n lección completa</numerusform>
            <numerusform>%1 de %n lecciones completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n practices signed off</source>
        <translation>
            <numerusform>%1 de %n práctica aprobada</numerusform>
            <numerusform>%1 de %n prácticas aprobadas</numerusform>
        </translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>Day of the huddle</source>
        <translation>Día de la reunión breve</translation>
    </message>
    <message>
        <source>Recognize</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>RECOGNIZE GOOD WORK</source>
        <translation>RECONOCE EL BUEN TRABAJO</translation>
    </message>
    <message>
        <source>What they did, e.g. &quot;You walked Mrs. Ortiz to the door in the rain.&quot;</source>
        <translation>Lo que hizo, p. ej., &quot;Acompañaste a la Sra. Ortiz hasta la puerta bajo la lluvia.&quot;</translation>
    </message>
</context>
<context>
    <name>careu::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>careu::ui::PeoplePage</name>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Choose a mentor</source>
        <translation>Elige un mentor</translation>
    </message>
    <message>
        <source>Set mentor</source>
        <translation>Asignar mentor</translation>
    </message>
    <message>
        <source>Choose a coach</source>
        <translation>Elige un coach</translation>
    </message>
    <message>
        <source>Set coach</source>
        <translation>Asignar coach</translation>
    </message>
    <message>
        <source>They leave the lists; everything they did stays on record.</source>
        <translation>Salen de las listas; todo lo que hicieron queda en el registro.</translation>
    </message>
    <message>
        <source>%1&apos;s mentor is now %2.</source>
        <translation>El mentor de %1 ahora es %2.</translation>
    </message>
    <message>
        <source>%1&apos;s coach is now %2.</source>
        <translation>El coach de %1 ahora es %2.</translation>
    </message>
    <message>
        <source>%1 was deactivated; their records stay.</source>
        <translation>%1 se desactivó; sus registros se conservan.</translation>
    </message>
    <message>
        <source>ADD SOMEONE</source>
        <translation>AGREGAR A ALGUIEN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Correo (opcional)</translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation>Sin mentor todavía</translation>
    </message>
    <message>
        <source>Their first password (tell them in person)</source>
        <translation>Su primera contraseña (dísela en persona)</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Agregar al equipo</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <source>REFRESHERS AFTER GRADUATION</source>
        <translation>REPASOS DESPUÉS DE LA GRADUACIÓN</translation>
    </message>
    <message>
        <source>Days after graduating when a coach checks in, separated by commas.</source>
        <translation>Días después de graduarse en que un coach hace el seguimiento, separados por comas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write rising whole days, like 7, 30, 90.</source>
        <translation>Escribe días enteros en aumento, como 7, 30, 90.</translation>
    </message>
    <message>
        <source>Refreshers now come %1 days after graduation.</source>
        <translation>Ahora los repasos llegan %1 días después de la graduación.</translation>
    </message>
    <message>
        <source>Find by name, email, role or location</source>
        <translation>Busca por nombre, correo, rol o sede</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>They come back to the lists, with everything they had.</source>
        <translation>Vuelven a las listas, con todo lo que tenían.</translation>
    </message>
    <message>
        <source>%1 is back on the team.</source>
        <translation>%1 volvió al equipo.</translation>
    </message>
    <message>
        <source>Choose someone in the table first.</source>
        <translation>Primero elige a alguien en la tabla.</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nadie elegido</translation>
    </message>
    <message>
        <source>Choose someone in the table to give them a mentor or a coach, or to deactivate them.</source>
        <translation>Elige a alguien en la tabla para asignarle un mentor o un coach, o para desactivarlo.</translation>
    </message>
    <message>
        <source>Deactivated: everything they did stays on record.</source>
        <translation>Desactivado: todo lo que hizo queda en el registro.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <source>%1 leaves the sign-in list and the team&apos;s lists. Everything they did stays on record, and Reactivate brings them back.</source>
        <translation>%1 sale de la lista de inicio de sesión y de las listas del equipo. Todo lo que hizo queda en el registro, y Reactivar lo trae de vuelta.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Their mentor</source>
        <translation>Su mentor</translation>
    </message>
    <message>
        <source>MANY PEOPLE AT ONCE</source>
        <translation>MUCHAS PERSONAS A LA VEZ</translation>
    </message>
    <message>
        <source>Save a spreadsheet as &quot;CSV UTF-8&quot; with a first row naming its columns: name and roles (learner, mentor, coach, manager; several separated by &quot;;&quot;), and if you like email, staff_id, mentor and location. If any line is wrong, nobody is added and you are told which line to fix.</source>
        <extracomment>The column names and the role words are what the file must hold: keep them in English.</extracomment>
        <translation>Guarde la hoja de cálculo como &quot;CSV UTF-8&quot; con una primera fila que nombre sus columnas: name y roles (learner, mentor, coach, manager; varios separados por &quot;;&quot;), y si quiere email, staff_id, mentor y location. Si alguna línea está mal, no se agrega a nadie y se le dice qué línea corregir.</translation>
    </message>
    <message>
        <source>Add from a spreadsheet…</source>
        <translation>Agregar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Add people from a spreadsheet</source>
        <translation>Agregar personas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more lines like these.</source>
        <translation>
            <numerusform>…y %n línea más como estas.</numerusform>
            <numerusform>…y %n líneas más como estas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody from %1 was added: fix the %n line(s) below and add the file again.</source>
        <translation>
            <numerusform>No se agregó a nadie de %1: corrija %n línea de abajo y vuelva a agregar el archivo.</numerusform>
            <numerusform>No se agregó a nadie de %1: corrija %n líneas de abajo y vuelva a agregar el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody from %1 was added: %2</source>
        <translation>No se agregó a nadie de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people from %1 were added.</source>
        <translation>
            <numerusform>Se agregó %n persona de %1.</numerusform>
            <numerusform>Se agregaron %n personas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <source>Their key&apos;s fingerprint</source>
        <translation>La huella de su clave</translation>
    </message>
    <message>
        <source>Endorse key</source>
        <translation>Avalar la clave</translation>
    </message>
    <message>
        <source>%1&apos;s key is endorsed: what they sign counts from now on.</source>
        <translation>La clave de %1 está avalada: lo que firme cuenta desde ahora.</translation>
    </message>
    <message>
        <source>%1 made their signing key themselves, and no manager has endorsed it: what they sign as a mentor, coach or manager does not count yet. Ask them to read the fingerprint under Help, About on their own screen, and type it here.</source>
        <translation>%1 creó su clave de firma por su cuenta y ningún gerente la ha avalado: lo que firme como mentor, coach o gerente aún no cuenta. Pídele que lea la huella en Ayuda, Acerca de, en su propia pantalla, y escríbela aquí.</translation>
    </message>
</context>
<context>
    <name>careu::ui::PracticeView</name>
    <message>
        <source>ON THE JOB THIS WEEK</source>
        <translation>EN EL TRABAJO ESTA SEMANA</translation>
    </message>
    <message>
        <source>WHAT YOUR MENTOR WILL WATCH FOR</source>
        <translation>LO QUE TU MENTOR VA A OBSERVAR</translation>
    </message>
    <message>
        <source>YOUR MENTOR&apos;S SIGN-OFF</source>
        <translation>LA APROBACIÓN DE TU MENTOR</translation>
    </message>
    <message>
        <source>REHEARSE IT FIRST IN A ROLE-PLAY</source>
        <translation>ENSÁYALO PRIMERO EN UN JUEGO DE ROLES</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>Do this with real customers or colleagues, not in the app. Your %1 will watch for these behaviors, tick the ones they see, and sign off this Practice.</source>
        <translation>Haz esto con clientes o compañeros reales, no en la app. Tu %1 va a estar atento a estas conductas, va a marcar las que vea y va a aprobar esta Práctica.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
</context>
<context>
    <name>careu::ui::ProfilePage</name>
    <message>
        <source>CUSTOMER CARE UNIVERSITY</source>
        <translation>CUSTOMER CARE UNIVERSITY</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Busca tu nombre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Your name, as your mentor knows you</source>
        <translation>Tu nombre, como te conoce tu mentor</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>¡Bienvenido!</translation>
    </message>
    <message>
        <source>Who&apos;s learning today?</source>
        <translation>¿Quién aprende hoy?</translation>
    </message>
    <message>
        <source>Here your team learns to care for colleagues (CARE 101) and customers (CARE 102), with mentors beside them. You are the first person here, so you will run the place and mentor your team; you can take the lessons yourself too.</source>
        <translation>Aquí tu equipo aprende a cuidar a sus compañeros (CARE 101) y a los clientes (CARE 102), con mentores a su lado. Eres la primera persona aquí, así que vas a dirigir el lugar y a ser mentor de tu equipo; también puedes tomar las lecciones.</translation>
    </message>
    <message>
        <source>Pick your name and type your password to carry on where you left off.</source>
        <translation>Elige tu nombre y escribe tu contraseña para seguir donde te quedaste.</translation>
    </message>
    <message>
        <source>Your name and password</source>
        <translation>Tu nombre y contraseña</translation>
    </message>
    <message>
        <source>New here? Create your profile</source>
        <translation>¿Eres nuevo? Crea tu perfil</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Only the first %1 names are shown: type part of yours above to find it.</source>
        <translation>Solo se muestran los primeros %1 nombres: escribe parte del tuyo arriba para encontrarlo.</translation>
    </message>
    <message>
        <source>Nobody here has a name with &quot;%1&quot; in it.</source>
        <translation>Nadie aquí tiene un nombre con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a password (%1 characters or more)</source>
        <translation>Elige una contraseña (%1 caracteres o más)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>You have no password yet: choose one now and use it from now on.</source>
        <translation>Aún no tienes contraseña: elige una ahora y úsala de aquí en adelante.</translation>
    </message>
    <message>
        <source>This account has no password yet; ask a manager to set one.</source>
        <translation>Esta cuenta aún no tiene contraseña; pídele a un gerente que te asigne una.</translation>
    </message>
    <message>
        <source>Who is signing in</source>
        <translation>Quién inicia sesión</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password, %1 characters or more</source>
        <translation>Contraseña nueva, de %1 caracteres o más</translation>
    </message>
</context>
<context>
    <name>careu::ui::QuestionCard</name>
    <message>
        <source>✓ Yes. %1</source>
        <translation>✓ Sí. %1</translation>
    </message>
    <message>
        <source>Not quite. %1 The answer was: %2</source>
        <translation>No exactamente. %1 La respuesta era: %2</translation>
    </message>
    <message>
        <source>Not quite. %1 Try another answer.</source>
        <translation>No exactamente. %1 Prueba otra respuesta.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1 The answer was: %2</source>
        <translation>%1 La respuesta era: %2</translation>
    </message>
    <message>
        <source>%1 Try another answer.</source>
        <translation>%1 Prueba otra respuesta.</translation>
    </message>
</context>
<context>
    <name>careu::ui::ReflectView</name>
    <message>
        <source>Write a few honest sentences about your own work. Your mentor reads this and may talk it through with you.</source>
        <translation>Escribe unas frases honestas sobre tu propio trabajo. Tu mentor las lee y puede conversarlas contigo.</translation>
    </message>
    <message>
        <source>Start writing here…</source>
        <translation>Empieza a escribir aquí…</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Not saved: %2 Your text is still here; saving is tried again every few seconds.</source>
        <translation>%1 · No se guardó: %2 Tu texto sigue aquí; se intenta guardar de nuevo cada pocos segundos.</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>guardando…</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>%1 · %2 · write at least %3 more to finish this step</source>
        <translation>%1 · %2 · escribe al menos %3 más para terminar este paso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>careu::ui::RefresherPage</name>
    <message>
        <source>Your replay could not be counted: %1</source>
        <translation>No se pudo contar tu repetición: %1</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>REFRESHER %1 · DAY %2 AFTER GRADUATION</source>
        <translation>REPASO %1 · DÍA %2 DESPUÉS DE LA GRADUACIÓN</translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation>%1, otra vez</translation>
    </message>
    <message>
        <source>People need reminding more than instructing. Answer from memory, one try each, then replay a role-play. Your coach sees your answers and talks them through with you.</source>
        <translation>Las personas necesitan más recordar que aprender. Responde de memoria, un intento por pregunta, y luego repite un juego de roles. Tu coach ve tus respuestas y las conversa contigo.</translation>
    </message>
    <message>
        <source>Question %1 is no longer in the course, so it does not count.</source>
        <translation>La pregunta %1 ya no está en el curso, así que no cuenta.</translation>
    </message>
    <message>
        <source>QUESTION %1 OF %2 · %3</source>
        <translation>PREGUNTA %1 DE %2 · %3</translation>
    </message>
    <message>
        <source>THEN, A ROLE-PLAY</source>
        <translation>LUEGO, UN JUEGO DE ROLES</translation>
    </message>
    <message>
        <source>▶  Replay %1</source>
        <translation>▶  Repetir %1</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar tu respuesta: %1</translation>
    </message>
    <message>
        <source>%1 of %2 right at the first try.</source>
        <translation>%1 de %2 correctas al primer intento.</translation>
    </message>
    <message>
        <source>%1 of %2 answered.</source>
        <translation>%1 de %2 respondidas.</translation>
    </message>
    <message>
        <source>Answer the questions first.</source>
        <translation>Responde primero las preguntas.</translation>
    </message>
    <message>
        <source>Replayed: a total of %1. Play it again whenever you like.</source>
        <translation>Repetido: un total de %1. Vuelve a jugarlo cuando quieras.</translation>
    </message>
    <message>
        <source>✓ Your coach checked in on %1: “%2”</source>
        <translation>✓ Tu coach hizo el seguimiento el %1: “%2”</translation>
    </message>
    <message>
        <source>✓ Refresher taken. Your coach will check in with you to talk it through.</source>
        <translation>✓ Repaso hecho. Tu coach va a hacer el seguimiento contigo para conversarlo.</translation>
    </message>
</context>
<context>
    <name>careu::ui::ReportCharts</name>
    <message>
        <source>none yet</source>
        <translation>todavía ninguno</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Lessons completed by pillar (%)</source>
        <translation>Lecciones completadas por pilar (%)</translation>
    </message>
    <message>
        <source>Lessons completed per month</source>
        <translation>Lecciones completadas por mes</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons completed</source>
        <translation>
            <numerusform>%1 de %n lección completada</numerusform>
            <numerusform>%1 de %n lecciones completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graduates</source>
        <translation>
            <numerusform>%n graduado</numerusform>
            <numerusform>%n graduados</numerusform>
        </translation>
    </message>
    <message>
        <source>average first-try Check score %1</source>
        <translation>puntaje medio de la Comprobación al primer intento: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Practices signed off</source>
        <translation>
            <numerusform>%n Práctica aprobada</numerusform>
            <numerusform>%n Prácticas aprobadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coach check-ins overdue</source>
        <translation>
            <numerusform>%n seguimiento del coach atrasado</numerusform>
            <numerusform>%n seguimientos del coach atrasados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careu::ui::ReportModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Check
score</source>
        <translation>Puntaje
Comprob.</translation>
    </message>
    <message>
        <source>Practices
signed off</source>
        <translation>Prácticas
aprobadas</translation>
    </message>
    <message>
        <source>Course
signed off</source>
        <translation>Curso
aprobado</translation>
    </message>
    <message>
        <source>Coach
check-ins</source>
        <translation>Seguim.
del coach</translation>
    </message>
    <message>
        <source>Best
role-plays</source>
        <translation>Juegos
de rol</translation>
    </message>
</context>
<context>
    <name>careu::ui::ReviewPage</name>
    <message>
        <source>← Mentees</source>
        <translation>← Aprendices</translation>
    </message>
    <message>
        <source>REVIEW · %1</source>
        <translation>REVISIÓN · %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CHECK AND REFLECTION</source>
        <translation>COMPROBACIÓN Y REFLEXIÓN</translation>
    </message>
    <message>
        <source>← Dashboard</source>
        <translation>← Panel</translation>
    </message>
    <message>
        <source>RECORD · %1</source>
        <translation>REGISTRO · %1</translation>
    </message>
    <message>
        <source>Practice not asked for yet</source>
        <translation>Práctica aún no pedida</translation>
    </message>
    <message>
        <source>Practice waiting for the mentor since %1</source>
        <translation>Práctica esperando al mentor desde el %1</translation>
    </message>
    <message>
        <source>Practice sent back on %1: %2</source>
        <translation>Práctica devuelta el %1: %2</translation>
    </message>
    <message>
        <source>Practice signed off on %1</source>
        <translation>Práctica aprobada el %1</translation>
    </message>
    <message>
        <source>%1 of %2 right at the first try.</source>
        <translation>%1 de %2 correctas al primer intento.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <source>(no reflection written)</source>
        <translation>(no escribió ninguna reflexión)</translation>
    </message>
    <message>
        <source>ROLE-PLAYS</source>
        <translation>JUEGOS DE ROLES</translation>
    </message>
    <message>
        <source>%1: %2 · %3 points (%4)</source>
        <translation>%1: %2 · %3 puntos (%4)</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Camino: %1</translation>
    </message>
    <message>
        <source>No role-play finished in this course yet.</source>
        <translation>Aún no hay ningún juego de roles terminado en este curso.</translation>
    </message>
    <message>
        <source>Weakest pillar across %1 attempts: %2 (%3 points on average).</source>
        <translation>Pilar más débil en %1 intentos: %2 (%3 puntos en promedio).</translation>
    </message>
    <message>
        <source>WHAT YOU SAW WITH A REAL CUSTOMER</source>
        <translation>LO QUE VISTE CON UN CLIENTE REAL</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>A word for %1 (optional)</source>
        <translation>Unas palabras para %1 (opcional)</translation>
    </message>
    <message>
        <source>Your password, to sign</source>
        <translation>Tu contraseña, para firmar</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>NOT YET? SEND IT BACK WITH COACHING</source>
        <translation>¿TODAVÍA NO? DEVUÉLVELA CON CONSEJOS</translation>
    </message>
    <message>
        <source>What to practice next, in a sentence or two. %1 reads this on the lesson.</source>
        <translation>Qué practicar ahora, en una o dos frases. %1 lo lee en la lección.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Signed off: %1, %2.</source>
        <translation>Aprobada: %1, %2.</translation>
    </message>
    <message>
        <source>Sent back to %1 with your coaching.</source>
        <translation>Devuelta a %1 con tus consejos.</translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation>Nota sobre: %1</translation>
    </message>
    <message>
        <source>Coaching for %1, to send it back</source>
        <translation>Consejos para %1, para devolverla</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>↻ %1 (right on a later try)</source>
        <translation>↻ %1 (bien en un intento posterior)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>careu::ui::RolePlayPage</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>THE SITUATION</source>
        <translation>LA SITUACIÓN</translation>
    </message>
    <message>
        <source>There is no timer. Choose what you would really do on a busy day, not what sounds best: the debrief is more useful that way.</source>
        <translation>No hay temporizador. Elige lo que de verdad harías en un día de mucho trabajo, no lo que suena mejor: así la retroalimentación te sirve más.</translation>
    </message>
    <message>
        <source>Show short feedback after each choice (practice). Untick to play it as an assessment and see everything at the end.</source>
        <translation>Ver comentarios breves tras cada opción (práctica). Desmárcalo para jugar como evaluación y verlo todo al final.</translation>
    </message>
    <message>
        <source>&amp;Start the role-play</source>
        <translation>&amp;Empezar el juego de roles</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>ROLE-PLAY · %1</source>
        <translation>JUEGO DE ROLES · %1</translation>
    </message>
    <message>
        <source>The role-play could not start: %1</source>
        <translation>No se pudo empezar el juego de roles: %1</translation>
    </message>
    <message>
        <source>The role-play could not start again: %1</source>
        <translation>No se pudo volver a empezar el juego de roles: %1</translation>
    </message>
    <message>
        <source>Your choice could not be saved, so the scene has not moved on: %1</source>
        <translation>Tu opción no se pudo guardar, así que la escena no avanzó: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <source>Assessment: feedback comes in the debrief. Keys 1-%1 choose.</source>
        <translation>Evaluación: la retroalimentación llega al final. Las teclas 1-%1 eligen.</translation>
    </message>
    <message>
        <source>Practice: feedback after each choice. Keys 1-%1 choose.</source>
        <translation>Práctica: retroalimentación después de cada opción. Las teclas 1-%1 eligen.</translation>
    </message>
    <message>
        <source>The scene so far</source>
        <translation>La escena hasta ahora</translation>
    </message>
</context>
</TS>
