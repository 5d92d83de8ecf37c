<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;p&gt;The optional LKH-3 tour solver (elkai) is not installed: its licence allows research and non-profit use only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El optimizador de rutas opcional LKH-3 (elkai) no está instalado: su licencia solo permite el uso en investigación o sin ánimo de lucro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;LKH-3 (elkai) is installed on this computer. Its licence allows research and non-profit use only: a business may not use it. It is used only when chosen with SHOPAPP_TSP_SOLVER=lkh.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LKH-3 (elkai) está instalado en este ordenador. Su licencia solo permite el uso en investigación o sin ánimo de lucro: una empresa no puede usarlo. Solo se usa si se elige con SHOPAPP_TSP_SOLVER=lkh.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Partner-shop parcel app {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aplicación de las tiendas asociadas {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Road map data {0}, available under the Open Database License ({1}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datos del mapa {0}, bajo la Open Database License ({1}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Routing: Valhalla (MIT). OpenStreetMap reading: pyosmium (BSD-2-Clause). Route planning: PyVRP (MIT). Carrier number formats: tracking_number_data (MIT). Interface: Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rutas: Valhalla (MIT). Lectura de OpenStreetMap: pyosmium (BSD-2-Clause). Planificación de rutas: PyVRP (MIT). Formatos de números de seguimiento: tracking_number_data (MIT). Interfaz: Qt for Python, PySide6 (LGPL-3.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Parts the app ships, with their licences:</source>
        <translation>Componentes incluidos en la aplicación, con sus licencias:</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Take photo (Space)</source>
        <translation>Hacer la foto (Espacio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Point the camera at the parcel where it was left.</source>
        <translation>Enfoque el paquete en el lugar donde se dejó.</translation>
    </message>
    <message>
        <source>The camera failed: {0}</source>
        <translation>La cámara ha fallado: {0}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Not delivered: {0}</source>
        <translation>No entregado: {0}</translation>
    </message>
    <message>
        <source>Correct the handover</source>
        <translation>Corregir la entrega en el mostrador</translation>
    </message>
    <message>
        <source>Correct the outcome</source>
        <translation>Corregir el resultado</translation>
    </message>
    <message>
        <source>Parcel {0} for {1}: recorded at {2} as “{3}”.</source>
        <translation>Paquete {0} para {1}: registrado a las {2} como «{3}».</translation>
    </message>
    <message>
        <source>The record stays; the correction is added beside it and sent to the carrier.</source>
        <translation>El registro se conserva; la corrección se añade al lado y se envía al transportista.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Who took the parcel</source>
        <translation>Quién recogió el paquete</translation>
    </message>
    <message>
        <source>Neighbour's &amp;address</source>
        <translation>Dirección del &amp;vecino</translation>
    </message>
    <message>
        <source>e.g. 5 Mill Lane</source>
        <translation>p. ej. Calle del Molino 5</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>e.g. Behind the green bin</source>
        <translation>p. ej. Detrás del contenedor verde</translation>
    </message>
    <message>
        <source>Why not delivered</source>
        <translation>Por qué no se entregó</translation>
    </message>
    <message>
        <source>Why not &amp;delivered</source>
        <translation>Por qué no se &amp;entregó</translation>
    </message>
    <message>
        <source>Why correct it</source>
        <translation>Por qué se corrige</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Why &amp;correct it</source>
        <translation>Por qué se &amp;corrige</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>A few words for the carrier (needed for Other)</source>
        <translation>Unas palabras para el transportista (obligatorio para Otro)</translation>
    </message>
    <message>
        <source>To the recipient</source>
        <translation>Al destinatario</translation>
    </message>
    <message>
        <source>With a neighbour</source>
        <translation>Con un vecino</translation>
    </message>
    <message>
        <source>In a safe place</source>
        <translation>En un lugar seguro</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Export parcels as CSV</source>
        <translation>Exportar los paquetes a CSV</translation>
    </message>
    <message>
        <source>Every scan, delivery, pickup and return of these days, one line each.</source>
        <translation>Cada escaneo, entrega, recogida y devolución de esos días, una línea por cada uno.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Events of the day: {0}, {1}, {2}.</source>
        <translation>Eventos del día: {0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln acknowledged</source>
        <translation>
            <numerusform>%Ln confirmado</numerusform>
            <numerusform>%Ln confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to send</source>
        <translation>
            <numerusform>%Ln pendiente de envío</numerusform>
            <numerusform>%Ln pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corregido)</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Corrected to</source>
        <translation>Corregido a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>Escaneados a la llegada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregados</translation>
    </message>
    <message>
        <source>Held for pickup</source>
        <translation>Guardados para recogida</translation>
    </message>
    <message>
        <source>Picked up at the counter</source>
        <translation>Recogidos en el mostrador</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <translation>Devoluciones al transportista</translation>
    </message>
    <message>
        <source>Handed back to the carrier</source>
        <translation>Entregados al transportista</translation>
    </message>
    <message>
        <source>End of day · {0}</source>
        <translation>Cierre del día · {0}</translation>
    </message>
    <message>
        <source>The day's figures</source>
        <translation>Las cifras del día</translation>
    </message>
    <message>
        <source>Earnings ({0} × {1} + {2} × {3})</source>
        <translation>Ganancias ({0} × {1} + {2} × {3})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>None today.</source>
        <translation>Ninguno hoy.</translation>
    </message>
    <message>
        <source>Sync with the carrier</source>
        <translation>Sincronización con el transportista</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Nunca sincronizado.</translation>
    </message>
    <message>
        <source>{0} rejected: {1}</source>
        <translation>{0} rechazado: {1}</translation>
    </message>
    <message>
        <source>End of day {0}</source>
        <translation>Cierre del día {0}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Stops in order</source>
        <translation>Paradas en orden</translation>
    </message>
    <message>
        <source>Directions to this stop</source>
        <translation>Indicaciones hasta esta parada</translation>
    </message>
    <message>
        <source>Parcels at this stop</source>
        <translation>Paquetes de esta parada</translation>
    </message>
    <message>
        <source>F1  Delivered to recipient</source>
        <translation>F1  Entregado al destinatario</translation>
    </message>
    <message>
        <source>F2  Left with neighbour</source>
        <translation>F2  Dejado con un vecino</translation>
    </message>
    <message>
        <source>F3  Left in safe place</source>
        <translation>F3  Dejado en lugar seguro</translation>
    </message>
    <message>
        <source>F4  Not delivered</source>
        <translation>F4  No entregado</translation>
    </message>
    <message>
        <source>F5  Next stop</source>
        <translation>F5  Siguiente parada</translation>
    </message>
    <message>
        <source>F9  Back at the shop</source>
        <translation>F9  De vuelta en la tienda</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Repartir</translation>
    </message>
    <message>
        <source>Scan a parcel at the door to check it is the right one.</source>
        <translation>Escanee el paquete en la puerta para comprobar que es el correcto.</translation>
    </message>
    <message>
        <source>done ({0})</source>
        <translation>hecho ({0})</translation>
    </message>
    <message>
        <source>ETA {0}</source>
        <translation>Llegada prevista {0}</translation>
    </message>
    <message>
        <source>No parcels out for delivery</source>
        <translation>No hay paquetes en reparto</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to recipient…</source>
        <translation>Entregado al destinatario…</translation>
    </message>
    <message>
        <source>Left with neighbour…</source>
        <translation>Dejado con un vecino…</translation>
    </message>
    <message>
        <source>Left in safe place…</source>
        <translation>Dejado en lugar seguro…</translation>
    </message>
    <message>
        <source>Not delivered…</source>
        <translation>No entregado…</translation>
    </message>
    <message>
        <source>Next stop</source>
        <translation>Siguiente parada</translation>
    </message>
    <message>
        <source>Back at the shop…</source>
        <translation>De vuelta en la tienda…</translation>
    </message>
    <message>
        <source>Stops to go: {0} of {1}  ·  {2}</source>
        <translation>Paradas pendientes: {0} de {1}  ·  {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) to go</source>
        <translation>
            <numerusform>%n paquete pendiente</numerusform>
            <numerusform>%n paquetes pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deliver</source>
        <translation>Nada que entregar</translation>
    </message>
    <message>
        <source>No parcels are out for delivery. Start a run on the Plan page.</source>
        <translation>No hay paquetes en reparto. Inicie una ruta en la página Planificar.</translation>
    </message>
    <message>
        <source>Stop {0}: {1}</source>
        <translation>Parada {0}: {1}</translation>
    </message>
    <message>
        <source>Directions to this stop ({0}):</source>
        <translation>Indicaciones hasta esta parada ({0}):</translation>
    </message>
    <message>
        <source>SAME DAY</source>
        <translation>MISMO DÍA</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>escaneado</translation>
    </message>
    <message>
        <source>✗ {0} is not on this run. Do not leave it here.</source>
        <translation>✗ {0} no es de esta ruta. No lo deje aquí.</translation>
    </message>
    <message>
        <source>✗ Wrong stop: {0} is for stop {1}, {2}.</source>
        <translation>✗ Parada equivocada: {0} es para la parada {1}, {2}.</translation>
    </message>
    <message>
        <source>{0} already has an outcome: {1}.</source>
        <translation>{0} ya tiene un resultado: {1}.</translation>
    </message>
    <message>
        <source>✔ Right parcel: {0} for {1}</source>
        <translation>✔ Paquete correcto: {0} para {1}</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <source>Saved: {0} ({1}).</source>
        <translation>Guardado: {0} ({1}).</translation>
    </message>
    <message>
        <source>Next: stop {0}, {1}.</source>
        <translation>Siguiente: parada {0}, {1}.</translation>
    </message>
    <message>
        <source>Every stop is done: press F9 back at the shop.</source>
        <translation>Todas las paradas están hechas: pulse F9 al volver a la tienda.</translation>
    </message>
    <message>
        <source>Choose a parcel that still needs an outcome.</source>
        <translation>Elija un paquete que aún no tenga resultado.</translation>
    </message>
    <message>
        <source>Back at the shop</source>
        <translation>De vuelta en la tienda</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) have no outcome yet. Put them back on the shelf?</source>
        <translation>
            <numerusform>%n paquete aún no tiene resultado. ¿Devolverlo al estante?</numerusform>
            <numerusform>%n paquetes aún no tienen resultado. ¿Devolverlos al estante?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run finished: {0} back on the shelf, {1} to return to the carrier.</source>
        <translation>Ruta terminada: {0} de vuelta en la estantería, {1} para devolver al transportista.</translation>
    </message>
    <message>
        <source>✔ Delivered to {0}</source>
        <translation>✔ Entregado a {0}</translation>
    </message>
    <message>
        <source>✔ Left with {0}, {1}</source>
        <translation>✔ Dejado con {0}, {1}</translation>
    </message>
    <message>
        <source>✔ Left in a safe place: {0}</source>
        <translation>✔ Dejado en lugar seguro: {0}</translation>
    </message>
    <message>
        <source>✗ Not delivered: {0}. Back to the shop.</source>
        <translation>✗ No entregado: {0}. Vuelve a la tienda.</translation>
    </message>
</context>
<context>
    <name>DeliveriesChart</name>
    <message>
        <source>Deliveries per day, last 30 days</source>
        <translation>Entregas por día, últimos 30 días</translation>
    </message>
    <message>
        <source>No deliveries</source>
        <translation>Ninguna entrega</translation>
    </message>
</context>
<context>
    <name>FailedDialog</name>
    <message>
        <source>Not delivered</source>
        <translation>No entregados</translation>
    </message>
    <message>
        <source>Why? (Alt+1 to Alt+6, or the arrow keys)</source>
        <translation>¿Por qué? (Alt+1 a Alt+6, o las flechas)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Optional, required for Other</source>
        <translation>Opcional, obligatoria para «Otro»</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Pair with the carrier's server (Sync page, Ctrl+7)</source>
        <translation>Vincular con el servidor del transportista (página Sincronizar, Ctrl+7)</translation>
    </message>
    <message>
        <source>Scan in the parcels from the van (Scan in, Ctrl+2)</source>
        <translation>Escanear los paquetes que trae la furgoneta (Escanear, Ctrl+2)</translation>
    </message>
    <message>
        <source>Plan today's round and start the run (Plan, Ctrl+4)</source>
        <translation>Planificar la ruta de hoy e iniciarla (Planificar, Ctrl+4)</translation>
    </message>
    <message>
        <source>Record each delivery at the door (Deliver, Ctrl+5)</source>
        <translation>Registrar cada entrega en la puerta (Repartir, Ctrl+5)</translation>
    </message>
    <message>
        <source>Sync at the end of the day (Sync, Ctrl+7)</source>
        <translation>Sincronizar al final del día (Sincronizar, Ctrl+7)</translation>
    </message>
    <message>
        <source>: done</source>
        <translation>: hecho</translation>
    </message>
    <message>
        <source>: to do</source>
        <translation>: pendiente</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over at the counter</source>
        <translation>Entrega en el mostrador</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Who collects the parcel</source>
        <translation>Quién recoge el paquete</translation>
    </message>
    <message>
        <source>ID checked</source>
        <translation>Documento comprobado</translation>
    </message>
    <message>
        <source>&amp;ID checked</source>
        <translation>&amp;Documento comprobado</translation>
    </message>
    <message>
        <source>Signature of the person collecting</source>
        <translation>Firma de la persona que recoge</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <source>Shelf label {0}</source>
        <translation>Etiqueta de estantería {0}</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Tamaño de etiqueta</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Vista previa de la etiqueta</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF and open</source>
        <translation>Guardar como PDF y abrir</translation>
    </message>
    <message>
        <source>Label size:</source>
        <translation>Tamaño de etiqueta:</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Print the shelf label</source>
        <translation>Imprimir la etiqueta de estantería</translation>
    </message>
    <message>
        <source>Sent to {0}</source>
        <translation>Etiqueta enviada a {0}</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Set location</source>
        <translation>Fijar la ubicación</translation>
    </message>
    <message>
        <source>Map: click the place</source>
        <translation>Mapa: haga clic en el lugar</translation>
    </message>
    <message>
        <source>Click the place on the map, or move the map with the arrow keys and press Enter. + and − zoom.</source>
        <translation>Haga clic en el lugar del mapa, o mueva el mapa con las flechas y pulse Intro. + y − acercan y alejan.</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Usar este lugar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Scan in</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Repartir</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recogidas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{0} · Partner shop</source>
        <translation>{0} · Tienda colaboradora</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>DEMO SHOP: nothing here is real</source>
        <translation>TIENDA DE DEMOSTRACIÓN: aquí nada es real</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The data folder could not be opened: {0}</source>
        <translation>No se ha podido abrir la carpeta de datos: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to {0}</source>
        <translation>
            <numerusform>%n evento exportado a {0}</numerusform>
            <numerusform>%n eventos exportados a {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export parcels as CSV…</source>
        <translation>Exportar los paquetes a CSV…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Atajos de teclado…</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <source>Export parcels as CSV</source>
        <translation>Exportar los paquetes a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} away: set it aside on the returns shelf {1} for the carrier.</source>
        <translation>A {0}: apártelo en el estante de devoluciones {1} para el transportista.</translation>
    </message>
    <message>
        <source>The import stopped at line {0}: the lines before it were checked in. Import the file again once this is fixed; codes already checked in are not counted twice.</source>
        <translation>La importación se detuvo en la línea {0}: las líneas anteriores se han registrado. Vuelva a importar el archivo cuando esté corregido; los códigos ya registrados no se cuentan dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Checking in: {0} of %n code(s)</source>
        <translation>
            <numerusform>Registrando: {0} de %n código</numerusform>
            <numerusform>Registrando: {0} de %n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on shelf {0}.</source>
        <translation>Póngalo en el estante {0}.</translation>
    </message>
    <message>
        <source>Back from the run: put it on shelf {0} again.</source>
        <translation>De vuelta de la ruta: póngalo otra vez en el estante {0}.</translation>
    </message>
    <message>
        <source>Kept as an unexpected parcel: put it on shelf {0} and add its address when you have a moment.</source>
        <translation>Guardado como paquete inesperado: póngalo en el estante {0} y añada su dirección cuando tenga un momento.</translation>
    </message>
    <message>
        <source>Scanned twice: counted once.</source>
        <translation>Escaneado dos veces: contado una vez.</translation>
    </message>
    <message>
        <source>Scanned in before: it belongs on shelf {0}. Nothing new was recorded.</source>
        <translation>Ya escaneado: va en el estante {0}. No se ha registrado nada nuevo.</translation>
    </message>
    <message>
        <source>This parcel is marked “{0}”: it should not be here. Set it aside and check it on the Parcels page.</source>
        <translation>Este paquete está marcado como «{0}»: no debería estar aquí. Apártelo y revíselo en la página Paquetes.</translation>
    </message>
    <message>
        <source>The label's check digit is wrong, but this number is on the manifest. Compare it with the label: the same? Press F8 to receive it. Not the same? Scan again.</source>
        <translation>El dígito de control de la etiqueta es incorrecto, pero este número está en el manifiesto. Compárelo con la etiqueta: ¿es el mismo? Pulse F8 para recibirlo. ¿No es el mismo? Escanee de nuevo.</translation>
    </message>
    <message>
        <source>This shop has no profile yet (name and location): finish the first-run setup or pair the app with the carrier, then scan again.</source>
        <translation>Esta tienda aún no tiene perfil (nombre y ubicación): termine la configuración inicial o vincule la aplicación con el transportista, y vuelva a escanear.</translation>
    </message>
    <message>
        <source>Nothing was read: scan the label again.</source>
        <translation>No se ha leído nada: vuelva a escanear la etiqueta.</translation>
    </message>
    <message>
        <source>The scanner sent unreadable characters: scan again; if it keeps happening, check the scanner's keyboard layout.</source>
        <translation>El escáner ha enviado caracteres ilegibles: vuelva a escanear; si sigue pasando, revise la distribución de teclado del escáner.</translation>
    </message>
    <message>
        <source>Check digit wrong: scan again or type it.</source>
        <translation>Dígito de control erróneo: vuelva a escanear o escriba el número.</translation>
    </message>
    <message>
        <source>Only part of the code was read: scan again or type it.</source>
        <translation>Solo se ha leído parte del código: vuelva a escanear o escriba el número.</translation>
    </message>
    <message>
        <source>Two labels were read as one: cover the other label with your hand and scan again.</source>
        <translation>Se han leído dos etiquetas como una: tape la otra etiqueta con la mano y vuelva a escanear.</translation>
    </message>
    <message>
        <source>This is a product barcode, not a parcel label: scan the carrier's label.</source>
        <translation>Es un código de barras de producto, no una etiqueta de paquete: escanee la etiqueta del transportista.</translation>
    </message>
    <message>
        <source>Not a parcel label this shop knows: check the label or type the tracking number.</source>
        <translation>La tienda no reconoce esta etiqueta de paquete: revise la etiqueta o escriba el número de seguimiento.</translation>
    </message>
    <message>
        <source>This code could not be read: scan again or type it.</source>
        <translation>No se ha podido leer este código: vuelva a escanear o escriba el número.</translation>
    </message>
    <message>
        <source>⚠ DAMAGED noted on {0}: the carrier is told at the next sync.</source>
        <translation>⚠ DAÑADO anotado en {0}: se avisará al transportista en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Damage was already noted on {0}.</source>
        <translation>El daño ya estaba anotado en {0}.</translation>
    </message>
    <message>
        <source>Take the parcel off shelf {0}: it counts as not scanned again.</source>
        <translation>Retire el paquete del estante {0}: vuelve a contar como no escaneado.</translation>
    </message>
    <message>
        <source>Parcel {0} is already set aside for return to the carrier; its scan cannot be undone. Leave it on the returns shelf.</source>
        <translation>El paquete {0} ya está apartado para devolverlo al transportista; su escaneo no se puede deshacer. Déjelo en el estante de devoluciones.</translation>
    </message>
    <message>
        <source>Parcel {0} is “{1}”: there is no scan-in to undo.</source>
        <translation>El paquete {0} está «{1}»: no hay ningún escaneo de llegada que deshacer.</translation>
    </message>
    <message>
        <source>This cannot be printed on a label.</source>
        <translation>Esto no se puede imprimir en una etiqueta.</translation>
    </message>
    <message>
        <source>The number {0} cannot be put on a shelf label: write the shelf slot on the parcel by hand.</source>
        <translation>El número {0} no se puede poner en una etiqueta de estantería: escriba a mano en el paquete su posición en el estante.</translation>
    </message>
    <message>
        <source>A barcode takes 1 to {0} plain letters, digits and signs.</source>
        <translation>Un código de barras admite de 1 a {0} letras, cifras y signos simples.</translation>
    </message>
    <message>
        <source>A QR code needs some text.</source>
        <translation>Un código QR necesita algo de texto.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n character(s)).</source>
        <translation>
            <numerusform>El texto es demasiado largo para un código QR (%n carácter).</numerusform>
            <numerusform>El texto es demasiado largo para un código QR (%n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>No such place: latitude {0}, longitude {1}.</source>
        <translation>Ese lugar no existe: latitud {0}, longitud {1}.</translation>
    </message>
    <message>
        <source>No label printer address is set: enter it in Settings (host:port).</source>
        <translation>No hay ninguna dirección de impresora de etiquetas: introdúzcala en Ajustes (host:puerto).</translation>
    </message>
    <message>
        <source>The label printer address {0} has no valid port: use host:port, e.g. 192.168.1.50:{1}.</source>
        <translation>La dirección de la impresora de etiquetas {0} no tiene un puerto válido: use host:puerto, p. ej. 192.168.1.50:{1}.</translation>
    </message>
    <message>
        <source>The label printer {0} was not found on the network: check the address in Settings.</source>
        <translation>No se encuentra la impresora de etiquetas {0} en la red: revise la dirección en Ajustes.</translation>
    </message>
    <message>
        <source>The label printer at {0} did not answer within {1} s: check that it is switched on and connected.</source>
        <translation>La impresora de etiquetas {0} no ha respondido en {1} s: compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <source>The label printer at {0} refused the connection: check the port in Settings (usually {1}).</source>
        <translation>La impresora de etiquetas {0} ha rechazado la conexión: revise el puerto en Ajustes (normalmente {1}).</translation>
    </message>
    <message>
        <source>The label could not reach the printer: check the printer and the network, then print again.</source>
        <translation>La etiqueta no ha llegado a la impresora: revise la impresora y la red, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The label could not be sent to the printer at {0}: check the printer and the network, then print again.</source>
        <translation>No se ha podido enviar la etiqueta a la impresora {0}: revise la impresora y la red, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The label file {0} could not be written: check the folder in Settings and the free disk space.</source>
        <translation>No se ha podido escribir el archivo de etiqueta {0}: revise la carpeta en Ajustes y el espacio libre en el disco.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s): {0} received, {1} already received, {2} not on manifest, {3} outside radius, {4} invalid.</source>
        <translation>
            <numerusform>%n código importado: {0} recibidos, {1} ya recibidos, {2} fuera del manifiesto, {3} fuera de zona, {4} no válidos.</numerusform>
            <numerusform>%n códigos importados: {0} recibidos, {1} ya recibidos, {2} fuera del manifiesto, {3} fuera de zona, {4} no válidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import stopped at line {0}: the %n code(s) before it were checked in. Import the file again to check in the rest; codes already checked in are not counted twice.</source>
        <translation>
            <numerusform>La importación se detuvo en la línea {0}: se ha registrado el %n código anterior. Vuelva a importar el archivo para registrar el resto; los códigos ya registrados no se cuentan dos veces.</numerusform>
            <numerusform>La importación se detuvo en la línea {0}: se han registrado los %n códigos anteriores. Vuelva a importar el archivo para registrar el resto; los códigos ya registrados no se cuentan dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file says it is UTF-16 text but is not: export it again from the scanner.</source>
        <translation>El archivo dice ser texto UTF-16, pero no lo es: vuelva a exportarlo desde el escáner.</translation>
    </message>
    <message>
        <source>{0} is not a file: give the scanner's exported text file.</source>
        <translation>{0} no es un archivo: elija el archivo de texto exportado por el escáner.</translation>
    </message>
    <message>
        <source>{0} is {1} MB: too big for a scanner's batch file (at most {2} MB). Is it the right file?</source>
        <translation>{0} ocupa {1} MB: es demasiado grande para un archivo de lote del escáner (como máximo {2} MB). ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>No file {0}: check the name and the folder.</source>
        <translation>No existe el archivo {0}: revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>{0} cannot be read (no permission).</source>
        <translation>No se puede leer {0} (sin permiso).</translation>
    </message>
    <message>
        <source>{0} cannot be read: check the disk and try again.</source>
        <translation>No se puede leer {0}: revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No shop database in {0}: open the app once (first-run setup) or pair it with the carrier first, then import the file.</source>
        <translation>No hay base de datos de la tienda en {0}: abra antes la aplicación una vez (configuración inicial) o vincúlela con el transportista, y después importe el archivo.</translation>
    </message>
    <message>
        <source>This photo cannot be used: {0}. Take or choose another.</source>
        <translation>Esta foto no se puede usar: {0}. Haga o elija otra.</translation>
    </message>
    <message>
        <source>That outcome cannot be recorded.</source>
        <translation>No se puede registrar ese resultado.</translation>
    </message>
    <message>
        <source>Choose at least one parcel first.</source>
        <translation>Elija primero al menos un paquete.</translation>
    </message>
    <message>
        <source>That correction cannot be recorded.</source>
        <translation>No se puede registrar esa corrección.</translation>
    </message>
    <message>
        <source>That outcome is not in this shop's records: choose it again in the list.</source>
        <translation>Ese resultado no está en los registros de esta tienda: vuelva a elegirlo en la lista.</translation>
    </message>
    <message>
        <source>Only a delivery, a failed delivery or a counter handover can be corrected.</source>
        <translation>Solo se puede corregir una entrega a domicilio, un intento fallido o una entrega en el mostrador.</translation>
    </message>
    <message>
        <source>A correction cannot be corrected again. If it is wrong too, tell the carrier.</source>
        <translation>Una corrección no se puede volver a corregir. Si también es errónea, avise al transportista.</translation>
    </message>
    <message>
        <source>Parcel {0} has gone back to the carrier: its outcome can no longer be corrected.</source>
        <translation>El paquete {0} ha vuelto al transportista: su resultado ya no se puede corregir.</translation>
    </message>
    <message>
        <source>This outcome of parcel {0} has been corrected once already: it cannot be corrected again. If it is still wrong, tell the carrier.</source>
        <translation>Este resultado del paquete {0} ya se corrigió una vez: no se puede volver a corregir. Si sigue siendo erróneo, avise al transportista.</translation>
    </message>
    <message>
        <source>Parcel {0} has moved on since (out again, or held for pickup): only its latest outcome can be corrected.</source>
        <translation>El paquete {0} ha cambiado de estado desde entonces (ha vuelto a salir en reparto o está guardado para recogida): solo se puede corregir su último resultado.</translation>
    </message>
    <message>
        <source>An outcome can be corrected only on the day it was recorded. For an older one, tell the carrier.</source>
        <translation>Un resultado solo se puede corregir el mismo día en que se registró. Para uno más antiguo, avise al transportista.</translation>
    </message>
    <message>
        <source>The computer's clock is behind the outcome's time: check the clock.</source>
        <translation>El reloj del ordenador va por detrás de la hora del resultado: revise el reloj.</translation>
    </message>
    <message>
        <source>Choose what really happened.</source>
        <translation>Elija lo que pasó realmente.</translation>
    </message>
    <message>
        <source>Type the name of the person who took the parcel.</source>
        <translation>Escriba el nombre de la persona que recogió el paquete.</translation>
    </message>
    <message>
        <source>Choose why the outcome is corrected.</source>
        <translation>Elija por qué se corrige el resultado.</translation>
    </message>
    <message>
        <source>Say in a few words why the outcome is corrected.</source>
        <translation>Explique en pocas palabras por qué se corrige el resultado.</translation>
    </message>
    <message>
        <source>That is what was recorded already: change the outcome or the name.</source>
        <translation>Eso es lo que ya se registró: cambie el resultado o el nombre.</translation>
    </message>
    <message>
        <source>The carrier refused this outcome of parcel {0}, so it cannot be corrected: see Sync.</source>
        <translation>El transportista ha rechazado este resultado del paquete {0}, así que no se puede corregir: vea Sincronizar.</translation>
    </message>
    <message>
        <source>Parcel {0}: the outcome is corrected. It goes to the carrier with the next sync.</source>
        <translation>Paquete {0}: el resultado está corregido. Se enviará al transportista en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Type the neighbour's name.</source>
        <translation>Escriba el nombre del vecino.</translation>
    </message>
    <message>
        <source>Type the name of the person collecting the parcel.</source>
        <translation>Escriba el nombre de la persona que recoge el paquete.</translation>
    </message>
    <message>
        <source>Type the neighbour's address.</source>
        <translation>Escriba la dirección del vecino.</translation>
    </message>
    <message>
        <source>Say where the parcel was left.</source>
        <translation>Indique dónde se dejó el paquete.</translation>
    </message>
    <message>
        <source>Take or choose a photo of the parcel where it was left.</source>
        <translation>Haga o elija una foto del paquete donde se dejó.</translation>
    </message>
    <message>
        <source>Get a signature or a photo as proof.</source>
        <translation>Consiga una firma o una foto como prueba.</translation>
    </message>
    <message>
        <source>Say in a few words why it was not delivered.</source>
        <translation>Explique en pocas palabras por qué no se entregó.</translation>
    </message>
    <message>
        <source>Choose why the parcel was not delivered.</source>
        <translation>Elija por qué no se entregó el paquete.</translation>
    </message>
    <message>
        <source>Choose the kind of ID checked.</source>
        <translation>Elija el tipo de documento comprobado.</translation>
    </message>
    <message>
        <source>Parcel {0} is not held for pickup: hold it first.</source>
        <translation>El paquete {0} no está guardado para recogida: guárdelo primero.</translation>
    </message>
    <message>
        <source>The signature is empty or too small. Ask the person to sign across the pad.</source>
        <translation>La firma está vacía o es demasiado pequeña. Pida a la persona que firme a lo ancho del panel.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than {0} MB</source>
        <translation>el archivo supera los {0} MB</translation>
    </message>
    <message>
        <source>the picture has too many pixels</source>
        <translation>la imagen tiene demasiados píxeles</translation>
    </message>
    <message>
        <source>it is not a picture the app can read (use JPEG or PNG)</source>
        <translation>no es una imagen que la aplicación pueda leer (use JPEG o PNG)</translation>
    </message>
    <message>
        <source>the picture is damaged</source>
        <translation>la imagen está dañada</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>el archivo no se puede leer</translation>
    </message>
    <message>
        <source>The proof file could not be saved; nothing was recorded. Free some disk space and try again. Folder: {0}</source>
        <translation>No se ha podido guardar el archivo de prueba; no se ha registrado nada. Libere espacio en el disco y vuelva a intentarlo. Carpeta: {0}</translation>
    </message>
    <message>
        <source>Parcel {0} is “{1}”: it cannot be marked “{2}”.</source>
        <translation>El paquete {0} está «{1}»: no se puede marcar como «{2}».</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). Restore the newest backup with: shopapp restore {2}</source>
        <translation>La base de datos de la tienda {0} está dañada ({1}). Restaure la copia de seguridad más reciente con: shopapp restore {2}</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). No backup was found; call support before doing anything else.</source>
        <translation>La base de datos de la tienda {0} está dañada ({1}). No se ha encontrado ninguna copia de seguridad; llame al soporte antes de hacer nada más.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo ha fallado.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Everything you saved is safe in the shop database; if it happens again, send the log file to support (Settings, About).</source>
        <translation>Ha ocurrido un error inesperado. Todo lo que ha guardado está a salvo en la base de datos de la tienda; si vuelve a pasar, envíe el archivo de registro al soporte (Ajustes, Acerca de).</translation>
    </message>
    <message>
        <source>No parcel {0} in this shop's records.</source>
        <translation>No hay ningún paquete {0} en los registros de esta tienda.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved. Free some space (empty the recycle bin, delete old downloads), then do it again. What was saved before is safe.</source>
        <translation>El disco está lleno: no se puede guardar nada más. Libere espacio (vacíe la papelera, borre descargas antiguas) y vuelva a hacerlo. Lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The shop database could not do that. Nothing was half-saved; try again, and if it happens again, restart the app.</source>
        <translation>La base de datos de la tienda no ha podido hacerlo. No se ha guardado nada a medias; vuelva a intentarlo y, si vuelve a pasar, reinicie la aplicación.</translation>
    </message>
    <message>
        <source>The shop database could not save or read that. Nothing was half-saved; try again, and if it happens again, restart the app.</source>
        <translation>La base de datos de la tienda no ha podido guardar o leer eso. No se ha guardado nada a medias; vuelva a intentarlo y, si vuelve a pasar, reinicie la aplicación.</translation>
    </message>
    <message>
        <source>The shop database is busy (another copy of the app?). Close it and try again.</source>
        <translation>La base de datos de la tienda está ocupada (¿hay otra copia de la aplicación abierta?). Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shop database cannot be written (read-only folder). Nothing was saved.</source>
        <translation>No se puede escribir en la base de datos de la tienda (carpeta de solo lectura). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The shop database is damaged: nothing was saved. Restart the app to repair it.</source>
        <translation>La base de datos de la tienda está dañada: no se ha guardado nada. Reinicie la aplicación para repararla.</translation>
    </message>
    <message>
        <source>The disk failed to write: nothing was saved. Check the disk and try again.</source>
        <translation>Ha fallado la escritura en el disco: no se ha guardado nada. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shop database refused the change ({0}). Nothing was saved.</source>
        <translation>La base de datos de la tienda ha rechazado el cambio ({0}). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {0}. Check the disk and try again.</source>
        <translation>No se ha podido leer o escribir un archivo: {0}. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} y %n más</numerusform>
            <numerusform>{0} y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcels {0} are no longer on the shelf (handed over or changed since the plan was made). Nothing was marked: re-plan the day, then start the run.</source>
        <translation>Los paquetes {0} ya no están en el estante (entregados o modificados desde que se hizo el plan). No se ha marcado nada: replanifique el día y después inicie la ruta.</translation>
    </message>
    <message>
        <source>{0}, {1} is not a usable location: the latitude must be between -90 and 90, the longitude between -180 and 180 (for example 52.1234, -1.9876).</source>
        <translation>{0}, {1} no es una ubicación válida: la latitud debe estar entre -90 y 90, y la longitud entre -180 y 180 (por ejemplo 52.1234, -1.9876).</translation>
    </message>
    <message>
        <source>“{0}” has no roads. Choose the extract of your area.</source>
        <translation>«{0}» no tiene carreteras. Elija el extracto de su zona.</translation>
    </message>
    <message>
        <source>“{0}” is empty (0 bytes): the download probably did not finish.</source>
        <translation>«{0}» está vacío (0 bytes): probablemente la descarga no terminó.</translation>
    </message>
    <message>
        <source>This map does not cover the shop at {0:.5f}, {1:.5f}. Choose the extract of the shop's area.</source>
        <translation>Este mapa no cubre la tienda en {0:.5f}, {1:.5f}. Elija el extracto de la zona de la tienda.</translation>
    </message>
    <message>
        <source>The map import failed half-way: the previous map is still in use. Try again; if it fails again, send the log to support.</source>
        <translation>La importación del mapa falló a medias: se sigue usando el mapa anterior. Vuelva a intentarlo; si vuelve a fallar, envíe el registro al soporte.</translation>
    </message>
    <message>
        <source>The map import failed half-way: no map is installed yet, so plans use estimated distances. Try again; if it fails again, send the log to support.</source>
        <translation>La importación del mapa falló a medias: aún no hay ningún mapa instalado, así que las rutas usan distancias estimadas. Vuelva a intentarlo; si vuelve a fallar, envíe el registro al soporte.</translation>
    </message>
    <message>
        <source>outside the delivery radius: {0} crow-fly from the shop, the radius is {1}</source>
        <translation>fuera del radio de reparto: a {0} en línea recta de la tienda; el radio es de {1}</translation>
    </message>
    <message>
        <source>required stop</source>
        <translation>parada obligatoria</translation>
    </message>
    <message>
        <source>optional stop</source>
        <translation>parada opcional</translation>
    </message>
    <message>
        <source>no usable location: set it with Ctrl+L</source>
        <translation>sin ubicación válida: fíjela con Ctrl+L</translation>
    </message>
    <message>
        <source>no road on the map reaches it from the shop: check its location</source>
        <translation>ninguna carretera del mapa llega hasta allí desde la tienda: compruebe su ubicación</translation>
    </message>
    <message>
        <source>{0} cannot be served: its {1} parcels exceed every van's capacity ({2})</source>
        <translation>{0} imposible de atender: sus {1} paquetes superan la capacidad de cualquier furgoneta ({2})</translation>
    </message>
    <message>
        <source>{0} cannot be served: it cannot be reached within its time window {1}–{2} from the shop</source>
        <translation>{0} imposible de atender: no se puede llegar desde la tienda dentro de su franja {1}–{2}</translation>
    </message>
    <message>
        <source>{0} cannot be served: a round trip to it does not fit in the van's shift</source>
        <translation>{0} imposible de atender: el viaje de ida y vuelta no cabe en la jornada de la furgoneta</translation>
    </message>
    <message>
        <source>{0} pinned to van {1}, which has no room left for it; unpin it or pin it to another van</source>
        <translation>{0} fijada a la furgoneta {1}, que ya no tiene sitio para ella; suéltela o fíjela a otra furgoneta</translation>
    </message>
    <message>
        <source>required stop could not be fitted into any route: no van has room for its parcels; add a van or a trip</source>
        <translation>parada obligatoria imposible de encajar en ninguna ruta: ninguna furgoneta tiene sitio para sus paquetes; añada una furgoneta o un viaje</translation>
    </message>
    <message>
        <source>optional stop left for another day: no van has room for its parcels</source>
        <translation>parada opcional aplazada a otro día: ninguna furgoneta tiene sitio para sus paquetes</translation>
    </message>
    <message>
        <source>required stop could not be fitted into any route: no room left in the vans' shifts and the customers' time windows; add a van or a trip</source>
        <translation>parada obligatoria imposible de encajar en ninguna ruta: no queda sitio en las jornadas de las furgonetas ni en las franjas de los clientes; añada una furgoneta o un viaje</translation>
    </message>
    <message>
        <source>optional stop left for another day: no room left in the vans' shifts and the customers' time windows</source>
        <translation>parada opcional aplazada a otro día: no queda sitio en las jornadas de las furgonetas ni en las franjas de los clientes</translation>
    </message>
    <message>
        <source>Checking the problem</source>
        <translation>Comprobando los datos</translation>
    </message>
    <message>
        <source>Measuring distances</source>
        <translation>Midiendo las distancias</translation>
    </message>
    <message>
        <source>Measuring distances on the roads</source>
        <translation>Midiendo las distancias por carretera</translation>
    </message>
    <message>
        <source>Searching for shorter routes</source>
        <translation>Buscando rutas más cortas</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Comprobando el plan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Planning was cancelled; the previous plan is unchanged.</source>
        <translation>Planificación cancelada; el plan anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>The planner produced a plan that breaks the rules, so it was not used. Plan again; if it happens again, send the log to support.</source>
        <translation>El planificador ha generado un plan que no cumple las reglas, así que no se ha usado. Vuelva a planificar; si vuelve a pasar, envíe el registro al soporte.</translation>
    </message>
    <message>
        <source>Writing the run sheet: page {0} of {1}</source>
        <translation>Escribiendo la hoja de ruta: página {0} de {1}</translation>
    </message>
    <message>
        <source>The day cannot be planned.</source>
        <translation>No se puede planificar el día.</translation>
    </message>
    <message>
        <source>The shop has no profile yet: finish the first-run setup, then plan.</source>
        <translation>La tienda aún no tiene perfil: termine la configuración inicial y después planifique.</translation>
    </message>
    <message>
        <source>A location can only be remembered for a parcel with an address.</source>
        <translation>Solo se puede recordar una ubicación para un paquete con dirección.</translation>
    </message>
    <message>
        <source>The saved plan {0} cannot be read; plan the day again.</source>
        <translation>No se puede leer el plan guardado {0}; vuelva a planificar el día.</translation>
    </message>
    <message>
        <source>Plan {0} is not in the shop's records; plan the day again.</source>
        <translation>El plan {0} no está en los registros de la tienda; vuelva a planificar el día.</translation>
    </message>
    <message>
        <source>This run has started, so its plan cannot change; re-plan instead.</source>
        <translation>Esta ruta ya ha empezado, así que su plan no puede cambiar; replanifique en su lugar.</translation>
    </message>
    <message>
        <source>This run has already started; its parcels are out for delivery.</source>
        <translation>Esta ruta ya ha empezado; sus paquetes están en reparto.</translation>
    </message>
    <message>
        <source>The plan has no stops on a route: there is nothing to take out.</source>
        <translation>El plan no tiene paradas en ninguna ruta: no hay nada que llevar.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route, so it cannot be moved.</source>
        <translation>La parada {0} no está en ninguna ruta, así que no se puede mover.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route, so it cannot change vans.</source>
        <translation>La parada {0} no está en ninguna ruta, así que no puede cambiar de furgoneta.</translation>
    </message>
    <message>
        <source>The shop has one van: there is no other van to move the stop to.</source>
        <translation>La tienda tiene una sola furgoneta: no hay otra a la que mover la parada.</translation>
    </message>
    <message>
        <source>Stop {0} is not on a route: only planned stops can be pinned.</source>
        <translation>La parada {0} no está en ninguna ruta: solo se pueden fijar las paradas planificadas.</translation>
    </message>
    <message>
        <source>The road map could not do that; plans use estimated distances meanwhile.</source>
        <translation>El mapa de carreteras no ha podido hacerlo; mientras tanto, las rutas usan distancias estimadas.</translation>
    </message>
    <message>
        <source>The routing engine is not installed on this computer: plans use estimated distances. Reinstall the app to get it back.</source>
        <translation>El motor de rutas no está instalado en este ordenador: las rutas usan distancias estimadas. Reinstale la aplicación para recuperarlo.</translation>
    </message>
    <message>
        <source>The map file “{0}” cannot be read or does not exist.</source>
        <translation>El archivo de mapa «{0}» no se puede leer o no existe.</translation>
    </message>
    <message>
        <source>“{0}” is not OpenStreetMap data (or it is damaged): choose an .osm.pbf extract, such as one downloaded from download.geofabrik.de.</source>
        <translation>«{0}» no son datos de OpenStreetMap (o está dañado): elija un extracto .osm.pbf, por ejemplo uno descargado de download.geofabrik.de.</translation>
    </message>
    <message>
        <source>The map import was cancelled: nothing changed.</source>
        <translation>Se ha cancelado la importación del mapa: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The road map could not answer; plans use estimated distances meanwhile.</source>
        <translation>El mapa de carreteras no ha podido responder; mientras tanto, las rutas usan distancias estimadas.</translation>
    </message>
    <message>
        <source>A route needs at least two points.</source>
        <translation>Una ruta necesita al menos dos puntos.</translation>
    </message>
    <message>
        <source>Point {0} has no road near it on the map: check its location.</source>
        <translation>El punto {0} no tiene ninguna carretera cerca en el mapa: compruebe su ubicación.</translation>
    </message>
    <message>
        <source>The road map cannot be opened: load it again (Settings, Road map).</source>
        <translation>No se puede abrir el mapa de carreteras: vuelva a cargarlo (Ajustes, Mapa de carreteras).</translation>
    </message>
    <message>
        <source>The road map gave an answer it should not; plans use estimated distances meanwhile.</source>
        <translation>El mapa de carreteras ha dado una respuesta anómala; mientras tanto, las rutas usan distancias estimadas.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Comprobando el archivo</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Leyendo el mapa</translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>Construyendo la red de carreteras</translation>
    </message>
    <message>
        <source>Drawing the map</source>
        <translation>Dibujando el mapa</translation>
    </message>
    <message>
        <source>Switching to the new map</source>
        <translation>Cambiando al nuevo mapa</translation>
    </message>
    <message>
        <source>The new map is in use</source>
        <translation>El nuevo mapa está en uso</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>La tienda necesita un nombre.</translation>
    </message>
    <message>
        <source>The location must be a latitude (-90..90) and a longitude (-180..180).</source>
        <translation>La ubicación debe ser una latitud (-90..90) y una longitud (-180..180).</translation>
    </message>
    <message>
        <source>The delivery radius must be between 0.1 and 200 km.</source>
        <translation>El radio de reparto debe estar entre 0,1 y 200 km.</translation>
    </message>
    <message>
        <source>Vehicles must be between 1 and 20.</source>
        <translation>El número de vehículos debe estar entre 1 y 20.</translation>
    </message>
    <message>
        <source>A vehicle must carry between 1 and 1000 parcels.</source>
        <translation>Un vehículo debe llevar entre 1 y 1000 paquetes.</translation>
    </message>
    <message>
        <source>Opening time must come before closing time.</source>
        <translation>La hora de apertura debe ser anterior a la de cierre.</translation>
    </message>
    <message>
        <source>Units must be miles or km.</source>
        <translation>Las unidades deben ser millas o km.</translation>
    </message>
    <message>
        <source>The time zone must be a known zone such as Europe/London.</source>
        <translation>La zona horaria debe ser una zona conocida, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>“{0}” cannot be {1}: nothing was saved. Correct it and save again.</source>
        <translation>«{0}» no puede ser {1}: no se ha guardado nada. Corríjalo y vuelva a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Not scanned in yet: %n parcel(s) on the manifest</source>
        <translation>
            <numerusform>⚠ Aún sin escanear: %n paquete del manifiesto</numerusform>
            <numerusform>⚠ Aún sin escanear: %n paquetes del manifiesto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Rejected by the carrier: %n event(s). See Sync</source>
        <translation>
            <numerusform>⚠ Rechazado por el transportista: %n evento. Ver Sincronizar</numerusform>
            <numerusform>⚠ Rechazados por el transportista: %n eventos. Ver Sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Past their deadline: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Fecha límite superada: %n paquete</numerusform>
            <numerusform>⚠ Fecha límite superada: %n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Waited too long for pickup: %n parcel(s)</source>
        <translation>
            <numerusform>⚠ Demasiado tiempo esperando la recogida: %n paquete</numerusform>
            <numerusform>⚠ Demasiado tiempo esperando la recogida: %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>No shop database in {0}: nothing to report.</source>
        <translation>No hay base de datos de la tienda en {0}: no hay nada que informar.</translation>
    </message>
    <message>
        <source>The report could not be written to {0}. Check the disk and the folder.</source>
        <translation>No se ha podido escribir el informe en {0}. Revise el disco y la carpeta.</translation>
    </message>
    <message>
        <source>Sending proof file {0} of {1}: {2} of {3}…</source>
        <translation>Enviando el archivo de prueba {0} de {1}: {2} de {3}…</translation>
    </message>
    <message>
        <source>Downloading the new map: {0} of {1}…</source>
        <translation>Descargando el nuevo mapa: {0} de {1}…</translation>
    </message>
    <message>
        <source>A sync started from a terminal (shopapp sync) is running now. This one waits and tries again by itself when it has finished.</source>
        <translation>Hay en curso una sincronización iniciada desde un terminal (shopapp sync). Esta espera y volverá a intentarlo sola cuando la otra termine.</translation>
    </message>
    <message>
        <source>A sync is already running in the app; it carries on by itself.</source>
        <translation>Ya hay una sincronización en curso en la aplicación; sigue sola.</translation>
    </message>
    <message>
        <source>Another sync is running on this shop's data; try again in a moment.</source>
        <translation>Hay otra sincronización en curso con los datos de esta tienda; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The carrier's server refused part of the sync (HTTP {0}): {1}</source>
        <translation>El servidor del transportista ha rechazado parte de la sincronización (HTTP {0}): {1}</translation>
    </message>
    <message>
        <source>the carrier's map pack does not cover the shop; the map in use stays</source>
        <translation>el mapa enviado por el transportista no cubre la tienda; se mantiene el mapa actual</translation>
    </message>
    <message>
        <source>the carrier's map pack is not map data; the map in use stays</source>
        <translation>el archivo enviado por el transportista no es un mapa; se mantiene el mapa actual</translation>
    </message>
    <message>
        <source>the carrier's map pack has no roads in it; the map in use stays</source>
        <translation>el mapa enviado por el transportista no contiene carreteras; se mantiene el mapa actual</translation>
    </message>
    <message>
        <source>the carrier's map pack cannot be used; the map in use stays</source>
        <translation>el mapa enviado por el transportista no se puede usar; se mantiene el mapa actual</translation>
    </message>
    <message>
        <source>there is not enough free disk space for the new map (it needs about {0}, {1} are free)</source>
        <translation>no hay suficiente espacio libre en el disco para el nuevo mapa (necesita unos {0} y hay {1} libres)</translation>
    </message>
    <message>
        <source>the map pack could not be saved: the disk is full</source>
        <translation>no se ha podido guardar el mapa: el disco está lleno</translation>
    </message>
    <message>
        <source>the map pack could not be saved ({0})</source>
        <translation>no se ha podido guardar el mapa ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer's clock is {0} behind the carrier's server. Set the date and time (automatic time) so that deliveries are recorded at the right time.</source>
        <translation>El reloj de este ordenador va {0} por detrás del servidor del transportista. Ajuste la fecha y la hora (hora automática) para que las entregas se registren a la hora correcta.</translation>
    </message>
    <message>
        <source>This computer's clock is {0} ahead of the carrier's server. Set the date and time (automatic time) so that deliveries are recorded at the right time.</source>
        <translation>El reloj de este ordenador va {0} por delante del servidor del transportista. Ajuste la fecha y la hora (hora automática) para que las entregas se registren a la hora correcta.</translation>
    </message>
    <message>
        <source>The map was not updated: {0}.</source>
        <translation>El mapa no se ha actualizado: {0}.</translation>
    </message>
    <message>
        <source>Proof file {0} was not taken by the carrier's server (HTTP {1}): {2}</source>
        <translation>El servidor del transportista no ha aceptado el archivo de prueba {0} (HTTP {1}): {2}</translation>
    </message>
    <message>
        <source>This parcel is not on this shop's manifest: the carrier does not expect it here.</source>
        <translation>Este paquete no está en el manifiesto de esta tienda: el transportista no lo espera aquí.</translation>
    </message>
    <message>
        <source>The carrier has this parcel as “{0}”: it cannot be marked “{1}”.</source>
        <translation>Para el transportista, este paquete está «{0}»: no se puede marcar como «{1}».</translation>
    </message>
    <message>
        <source>Checking the clock…</source>
        <translation>Comprobando el reloj…</translation>
    </message>
    <message>
        <source>Sending events {0}–{1} of {2}…</source>
        <translation>Enviando los eventos {0}–{1} de {2}…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n evento enviado</numerusform>
            <numerusform>%n eventos enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new parcel(s) expected</source>
        <translation>
            <numerusform>%n paquete nuevo previsto</numerusform>
            <numerusform>%n paquetes nuevos previstos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) of the manifest received</source>
        <translation>
            <numerusform>%n paquete del manifiesto recibido</numerusform>
            <numerusform>%n paquetes del manifiesto recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting the list of parcels from the carrier…</source>
        <translation>Obteniendo la lista de paquetes del transportista…</translation>
    </message>
    <message>
        <source>Sending proof file {0} of {1}…</source>
        <translation>Enviando el archivo de prueba {0} de {1}…</translation>
    </message>
    <message numerus="yes">
        <source>%n proof file(s) done</source>
        <translation>
            <numerusform>%n archivo de prueba enviado</numerusform>
            <numerusform>%n archivos de prueba enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing the new map…</source>
        <translation>Instalando el nuevo mapa…</translation>
    </message>
    <message>
        <source>Sync done.</source>
        <translation>Sincronización terminada.</translation>
    </message>
    <message>
        <source>The sync stopped; nothing is lost.</source>
        <translation>La sincronización se ha detenido; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>The sync could not finish. Nothing is lost; try again.</source>
        <translation>La sincronización no ha podido terminar. No se ha perdido nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Pair with the carrier first (address and token above).</source>
        <translation>Primero vincule con el transportista (dirección y token arriba).</translation>
    </message>
    <message>
        <source>The carrier's server cannot be reached now. Everything is kept on this computer and goes with the next sync.</source>
        <translation>No se puede contactar ahora con el servidor del transportista. Todo se guarda en este ordenador y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The connection keeps dropping, so this sync stopped part-way. What was sent is kept; the rest goes by itself in a moment, or press Sync now.</source>
        <translation>La conexión se corta una y otra vez, así que esta sincronización se detuvo a medias. Lo enviado se conserva; el resto irá solo en un momento, o pulse Sincronizar ahora.</translation>
    </message>
    <message>
        <source>The carrier's server could not prove who it is (certificate check failed). Nothing was sent. Check the address and this computer's date, or call support.</source>
        <translation>El servidor del transportista no ha podido demostrar su identidad (ha fallado la comprobación del certificado). No se ha enviado nada. Revise la dirección y la fecha de este ordenador, o llame al soporte.</translation>
    </message>
    <message>
        <source>The carrier no longer accepts this shop's token: ask for a new one and pair again.</source>
        <translation>El transportista ya no acepta el token de esta tienda: pida uno nuevo y vuelva a vincular.</translation>
    </message>
    <message>
        <source>The carrier's server sent an answer this app cannot read. Nothing is lost; try again later, and call the carrier's support if it keeps happening.</source>
        <translation>El servidor del transportista ha enviado una respuesta que la aplicación no puede leer. No se ha perdido nada; vuelva a intentarlo más tarde y llame al soporte del transportista si sigue pasando.</translation>
    </message>
    <message>
        <source>Stopped. What was sent is kept; the rest goes next time.</source>
        <translation>Detenido. Lo enviado se conserva; el resto se enviará la próxima vez.</translation>
    </message>
    <message>
        <source>The token is empty or has spaces in it; copy it again from the carrier.</source>
        <translation>El token está vacío o tiene espacios; vuelva a copiar el que le dio el transportista.</translation>
    </message>
    <message>
        <source>“{0}” is not a server address this app can use: it looks like https://carrier.example/api.</source>
        <translation>«{0}» no es una dirección de servidor válida: debe tener la forma https://carrier.example/api.</translation>
    </message>
    <message>
        <source>{0} is not encrypted (http://): the token and the shop's data cross the network in clear. Ask the carrier for the https:// address.</source>
        <translation>La dirección {0} no está cifrada (http://): el token y los datos de la tienda viajan sin cifrar por la red. Pida al transportista la dirección https://.</translation>
    </message>
    <message>
        <source>the downloaded map pack is damaged; it was deleted and will be downloaded again at the next sync</source>
        <translation>el mapa descargado está dañado; se ha borrado y se volverá a descargar en la próxima sincronización</translation>
    </message>
    <message>
        <source>the sync was stopped; the map download goes on at the next sync</source>
        <translation>se ha detenido la sincronización; la descarga del mapa seguirá en la próxima sincronización</translation>
    </message>
    <message>
        <source>the carrier's server could not be reached for the map pack; the download goes on at the next sync</source>
        <translation>no se ha podido contactar con el servidor del transportista para el mapa; la descarga seguirá en la próxima sincronización</translation>
    </message>
    <message>
        <source>the shop has no location yet (finish the shop's setup)</source>
        <translation>la tienda aún no tiene ubicación (termine la configuración de la tienda)</translation>
    </message>
    <message>
        <source>this computer has no road engine to use maps</source>
        <translation>este ordenador no tiene motor de rutas para usar mapas</translation>
    </message>
    <message>
        <source>Proof file {0} cannot be read ({1}); it was not sent.</source>
        <translation>No se puede leer el archivo de prueba {0} ({1}); no se ha enviado.</translation>
    </message>
    <message>
        <source>Proof file {0} has changed since it was saved; it was not sent. Call support.</source>
        <translation>El archivo de prueba {0} ha cambiado desde que se guardó; no se ha enviado. Llame al soporte.</translation>
    </message>
    <message>
        <source>A parcel of the carrier's manifest was skipped ({0}): {1}</source>
        <translation>Se ha omitido un paquete del manifiesto del transportista ({0}): {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) got no answer from the carrier's server; they stay waiting and go with the next sync.</source>
        <translation>
            <numerusform>%n evento no ha recibido respuesta del servidor del transportista; sigue pendiente y se enviará en la próxima sincronización.</numerusform>
            <numerusform>%n eventos no han recibido respuesta del servidor del transportista; siguen pendientes y se enviarán en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>The carrier cannot use the tracking number “{0}” (1 to 64 letters, digits, '.', '_' or '-').</source>
        <translation>El transportista no puede usar el número de seguimiento «{0}» (de 1 a 64 letras, cifras, «.», «_» o «-»).</translation>
    </message>
    <message>
        <source>The carrier does not know the action “{1}” (parcel {0}).</source>
        <translation>El transportista no reconoce la acción «{1}» (paquete {0}).</translation>
    </message>
    <message>
        <source>Parcel {0}: the proof of delivery named in the event is not valid.</source>
        <translation>Paquete {0}: la prueba de entrega indicada en el evento no es válida.</translation>
    </message>
    <message>
        <source>The carrier already has another record with this event's id. Call support.</source>
        <translation>El transportista ya tiene otro registro con el identificador de este evento. Llame al soporte.</translation>
    </message>
    <message>
        <source>The carrier gave no reason.</source>
        <translation>El transportista no ha dado ningún motivo.</translation>
    </message>
    <message>
        <source>This event is too big for the carrier's server: {0}</source>
        <translation>Este evento es demasiado grande para el servidor del transportista: {0}</translation>
    </message>
    <message>
        <source>The carrier's server could not read this event: {0}</source>
        <translation>El servidor del transportista no ha podido leer este evento: {0}</translation>
    </message>
    <message>
        <source>This computer has no print system (CUPS): install it, or set a network label printer (host:port) in Settings.</source>
        <translation>Este ordenador no tiene sistema de impresión (CUPS): instálelo o indique una impresora de etiquetas de red (host:puerto) en Ajustes.</translation>
    </message>
    <message>
        <source>The print system did not answer: restart the computer's printing service (CUPS), then print again.</source>
        <translation>El sistema de impresión no responde: reinicie el servicio de impresión del ordenador (CUPS) y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>No label printer is chosen: choose one in Settings.</source>
        <translation>No hay ninguna impresora de etiquetas elegida: elija una en Ajustes.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not installed on this computer: plug it in and switch it on, or choose another printer in Settings.</source>
        <translation>La impresora «{0}» no está instalada en este ordenador: conéctela y enciéndala, o elija otra impresora en Ajustes.</translation>
    </message>
    <message>
        <source>The printer “{0}” is out of paper or labels: load a new roll, then print again.</source>
        <translation>La impresora «{0}» se ha quedado sin papel o sin etiquetas: ponga un rollo nuevo y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The printer “{0}” is not accepting jobs ({1}): turn it back on in the computer's printer settings, then print again.</source>
        <translation>La impresora «{0}» no acepta trabajos ({1}): vuelva a activarla en la configuración de impresoras del ordenador y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>The printer “{0}” is stopped ({1}): resume it in the computer's printer settings, then print again.</source>
        <translation>La impresora «{0}» está detenida ({1}): reanúdela en la configuración de impresoras del ordenador y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>The printer “{0}” does not answer ({1}): check that it is switched on and its cable or network is connected, then print again.</source>
        <translation>La impresora «{0}» no responde ({1}): compruebe que está encendida y que su cable o la red están conectados, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>The printer “{0}” refused the job ({1}): check it in the computer's printer settings, then print again.</source>
        <translation>La impresora «{0}» ha rechazado el trabajo ({1}): revísela en la configuración de impresoras del ordenador y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>The printer “{0}” could not start the job: check that it is installed and switched on, then print again.</source>
        <translation>La impresora «{0}» no ha podido iniciar el trabajo: compruebe que está instalada y encendida, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>impresora predeterminada</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it could not be kept ({2}), so do not restore yet: free some space and start the app again, or call support.</source>
        <translation>La base de datos de la tienda {0} está dañada ({1}). No se ha podido guardar una copia ({2}), así que no restaure todavía: libere espacio y vuelva a abrir la aplicación, o llame al soporte.</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it was kept as {2}. Close the app and restore the newest backup with: shopapp restore {3}</source>
        <translation>La base de datos de la tienda {0} está dañada ({1}). Se ha guardado una copia como {2}. Cierre la aplicación y restaure la copia de seguridad más reciente con: shopapp restore {3}</translation>
    </message>
    <message>
        <source>The shop database {0} is damaged ({1}). A copy of it was kept as {2}. No backup was found; call support before doing anything else.</source>
        <translation>La base de datos de la tienda {0} está dañada ({1}). Se ha guardado una copia como {2}. No se ha encontrado ninguna copia de seguridad; llame al soporte antes de hacer nada más.</translation>
    </message>
    <message>
        <source>A backup is being restored into the shop in {0} (process {1}). Wait for it to finish, then start the app again.</source>
        <translation>Se está restaurando una copia de seguridad en la tienda de la carpeta {0} (proceso {1}). Espere a que termine y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The shop in {0} is open in another window (process {1}), which did not answer. Switch to that window, or close it, then start the app again.</source>
        <translation>La tienda de la carpeta {0} está abierta en otra ventana (proceso {1}), que no ha respondido. Cambie a esa ventana, o ciérrela, y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The shop in {0} is in use by another program. Close it, then try again.</source>
        <translation>La tienda de la carpeta {0} está en uso por otro programa. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk of the shop's data folder ({0}) is full: only {1} KB free. The shop database is not damaged and nothing is lost: do not restore a backup. Free some space (empty the recycle bin, delete old downloads), then start the app again.</source>
        <translation>El disco de la carpeta de datos de la tienda ({0}) está lleno: solo quedan {1} KB libres. La base de datos de la tienda no está dañada y no se ha perdido nada: no restaure ninguna copia de seguridad. Libere espacio (vacíe la papelera, borre descargas antiguas) y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The shop's data folder {0} cannot be written (a read-only folder or disk, or no permission). The shop database is not damaged: do not restore a backup. Make the folder writable for your user (or start the app with --data-dir on a writable disk), then start the app again.</source>
        <translation>No se puede escribir en la carpeta de datos de la tienda {0} (carpeta o disco de solo lectura, o sin permiso). La base de datos de la tienda no está dañada: no restaure ninguna copia de seguridad. Dé permiso de escritura en la carpeta a su usuario (o abra la aplicación con --data-dir en un disco con permiso de escritura) y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The shop database {0} is locked by another program (another copy of the app, or a database tool). It is not damaged: close the other program, then start the app again.</source>
        <translation>La base de datos de la tienda {0} está bloqueada por otro programa (otra copia de la aplicación o una herramienta de bases de datos). No está dañada: cierre el otro programa y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The disk failed while opening the shop database {0} ({1}); the database itself checks whole, so do not restore a backup. Check the disk (its cable, or free space), then start the app again.</source>
        <translation>El disco ha fallado al abrir la base de datos de la tienda {0} ({1}); la comprobación indica que la base de datos en sí está íntegra, así que no restaure ninguna copia de seguridad. Revise el disco (su cable o el espacio libre) y vuelva a abrir la aplicación.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>En la estantería</translation>
    </message>
    <message>
        <source>Waiting for pickup</source>
        <translation>Esperando recogida</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Return to carrier</source>
        <translation>Para devolver al transportista</translation>
    </message>
    <message>
        <source>Returned to carrier</source>
        <translation>Devuelto al transportista</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Dirección no encontrada</translation>
    </message>
    <message>
        <source>Unsafe to leave</source>
        <translation>No es seguro dejarlo</translation>
    </message>
    <message>
        <source>Business closed</source>
        <translation>Negocio cerrado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>To the recipient</source>
        <translation>Al destinatario</translation>
    </message>
    <message>
        <source>With a neighbour</source>
        <translation>Con un vecino</translation>
    </message>
    <message>
        <source>In a safe place</source>
        <translation>En un lugar seguro</translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation>Recogido en el mostrador</translation>
    </message>
    <message>
        <source>Too many failed attempts</source>
        <translation>Demasiados intentos fallidos</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>No recogido a tiempo</translation>
    </message>
    <message>
        <source>Outside the delivery area</source>
        <translation>Fuera de la zona de reparto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>report section</comment>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>report section</comment>
        <translation>No entregados</translation>
    </message>
    <message>
        <source>Counter pickups</source>
        <comment>report section</comment>
        <translation>Recogidas en el mostrador</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <comment>report section</comment>
        <translation>Devoluciones al transportista</translation>
    </message>
    <message>
        <source>Handed back to the carrier</source>
        <comment>report section</comment>
        <translation>Entregados al transportista</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Scanned in</source>
        <translation>Escaneado a la llegada</translation>
    </message>
    <message>
        <source>Scan undone</source>
        <translation>Escaneo anulado</translation>
    </message>
    <message>
        <source>Held for pickup</source>
        <translation>Guardado para recogida</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Outcome corrected</source>
        <translation>Resultado corregido</translation>
    </message>
    <message>
        <source>Handover corrected</source>
        <translation>Entrega en mostrador corregida</translation>
    </message>
    <message>
        <source>Wrong outcome pressed</source>
        <translation>Resultado equivocado seleccionado</translation>
    </message>
    <message>
        <source>Wrong or misspelt name</source>
        <translation>Nombre erróneo o mal escrito</translation>
    </message>
    <message>
        <source>The recipient or the carrier says otherwise</source>
        <translation>El destinatario o el transportista dice otra cosa</translation>
    </message>
    <message>
        <source>The parcel turned up</source>
        <translation>El paquete ha aparecido</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Otro (indique el motivo)</translation>
    </message>
    <message>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <source>{0} mi</source>
        <translation>{0} mi</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>not on the manifest</source>
        <translation>no está en el manifiesto</translation>
    </message>
    <message>
        <source>outside the delivery area</source>
        <translation>fuera de la zona de reparto</translation>
    </message>
</context>
<context>
    <name>NeighbourDialog</name>
    <message>
        <source>Left with a neighbour</source>
        <translation>Dejado con un vecino</translation>
    </message>
    <message>
        <source>Their name and address, and a signature or a photo.</source>
        <translation>Su nombre y dirección, y una firma o una foto.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>The neighbour's name</source>
        <translation>Nombre del vecino</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>e.g. 5 Mill Lane</source>
        <translation>p. ej. Calle del Molino 5</translation>
    </message>
    <message>
        <source>Signature of the neighbour</source>
        <translation>Firma del vecino</translation>
    </message>
    <message>
        <source>…or a photo of the parcel</source>
        <translation>…o una foto del paquete</translation>
    </message>
</context>
<context>
    <name>OutcomeDialogs</name>
    <message>
        <source>Not at home</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Dirección no encontrada</translation>
    </message>
    <message>
        <source>Unsafe to leave</source>
        <translation>No es seguro dejarlo</translation>
    </message>
    <message>
        <source>Business closed</source>
        <translation>Negocio cerrado</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Otro (indique el motivo)</translation>
    </message>
    <message>
        <source>No ID checked</source>
        <translation>Sin documento comprobado</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>DNI / documento de identidad</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Search tracking number, name or address</source>
        <translation>Buscar número de seguimiento, nombre o dirección</translation>
    </message>
    <message>
        <source>Search parcels</source>
        <translation>Buscar paquetes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Select a parcel to see its history.</source>
        <translation>Seleccione un paquete para ver su historial.</translation>
    </message>
    <message>
        <source>Parcel history</source>
        <translation>Historial del paquete</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>&amp;Correct the outcome…</source>
        <translation>&amp;Corregir el resultado…</translation>
    </message>
    <message>
        <source>Correct the outcome…</source>
        <translation>Corregir el resultado…</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} para {1}: {2}</translation>
    </message>
    <message>
        <source>Correct the outcome recorded today (a wrong button, a wrong name).</source>
        <translation>Corregir el resultado registrado hoy (un botón equivocado, un nombre erróneo).</translation>
    </message>
    <message>
        <source>Only a delivery or a handover recorded today can be corrected.</source>
        <translation>Solo se puede corregir una entrega a domicilio o en el mostrador registrada hoy.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Mismo día</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin especificar</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>No photo yet</source>
        <translation>Aún no hay foto</translation>
    </message>
    <message>
        <source>Choose photo file… (Ctrl+O)</source>
        <translation>Elegir un archivo de foto… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Take photo with camera…</source>
        <translation>Hacer una foto con la cámara…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se ha encontrado ninguna cámara</translation>
    </message>
    <message>
        <source>Choose a photo file instead.</source>
        <translation>Elija mejor un archivo de foto.</translation>
    </message>
    <message>
        <source>This file is not a photo the app can use.
Choose another.</source>
        <translation>Este archivo no es una foto que la aplicación pueda usar.
Elija otro.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message>
        <source>Photo chosen (no preview)</source>
        <translation>Foto elegida (sin vista previa)</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.webp *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0} is too large for a photo.</source>
        <translation>{0} es demasiado grande para una foto.</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Counter pickup</source>
        <translation>Recogida en el mostrador</translation>
    </message>
    <message>
        <source>Returns to carrier</source>
        <translation>Devoluciones al transportista</translation>
    </message>
    <message>
        <source>Pickup and returns</source>
        <translation>Recogidas y devoluciones</translation>
    </message>
    <message>
        <source>Find a parcel</source>
        <translation>Buscar un paquete</translation>
    </message>
    <message>
        <source>Name, tracking number or pickup code, or scan the customer's QR code</source>
        <translation>Nombre, número de seguimiento o código de recogida, o escanee el código QR del cliente</translation>
    </message>
    <message>
        <source>Parcels found</source>
        <translation>Paquetes encontrados</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Entregar…</translation>
    </message>
    <message>
        <source>Hold for pickup</source>
        <translation>Guardar para recogida</translation>
    </message>
    <message>
        <source>Print pickup slip</source>
        <translation>Imprimir el aviso de recogida</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Código de recogida</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <source>F2  Hand over…</source>
        <translation>F2  Entregar…</translation>
    </message>
    <message>
        <source>F3  Hold for pickup</source>
        <translation>F3  Guardar para recogida</translation>
    </message>
    <message>
        <source>F4  Print pickup slip</source>
        <translation>F4  Imprimir el aviso de recogida</translation>
    </message>
    <message>
        <source>Find the parcel, or scan the customer's code.</source>
        <translation>Busque el paquete o escanee el código del cliente.</translation>
    </message>
    <message>
        <source>No parcel found.</source>
        <translation>No se ha encontrado ningún paquete.</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{0} para {1}: {2}</translation>
    </message>
    <message>
        <source>Waiting {0} (since {1}); collect by {2}.</source>
        <translation>Esperando desde hace {0} (llegó el {1}); recoger antes del {2}.</translation>
    </message>
    <message>
        <source>Found: {0} for {1} ({2})</source>
        <translation>Encontrado: {0} para {1} ({2})</translation>
    </message>
    <message>
        <source>Nothing found for {0}.</source>
        <translation>No se ha encontrado nada para {0}.</translation>
    </message>
    <message>
        <source>Held for {0}: pickup code {1}. F4 prints the slip.</source>
        <translation>Guardado para {0}: código de recogida {1}. F4 imprime el aviso.</translation>
    </message>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <source>Handed over: {0} to {1}.</source>
        <translation>Entregado: {0} a {1}.</translation>
    </message>
    <message>
        <source>Print the pickup slip</source>
        <translation>Imprimir el aviso de recogida</translation>
    </message>
    <message>
        <source>Slip sent to {0}</source>
        <translation>Aviso enviado a {0}</translation>
    </message>
    <message>
        <source>The slip could not be written: {0}</source>
        <translation>No se ha podido guardar el aviso: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) waited too long and moved to the returns.</source>
        <translation>
            <numerusform>%n paquete ha esperado demasiado y pasa a las devoluciones.</numerusform>
            <numerusform>%n paquetes han esperado demasiado y pasan a las devoluciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slip ready: {0}</source>
        <translation>Aviso listo: {0}</translation>
    </message>
</context>
<context>
    <name>PickupSlip</name>
    <message>
        <source>Your parcel is waiting for you</source>
        <translation>Su paquete le está esperando</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Código de recogida</translation>
    </message>
    <message>
        <source>Parcel {0}</source>
        <translation>Paquete {0}</translation>
    </message>
    <message>
        <source>Shelf {0}</source>
        <translation>Estante {0}</translation>
    </message>
    <message>
        <source>Waiting since {0}</source>
        <translation>Esperando desde el {0}</translation>
    </message>
    <message>
        <source>Please collect by {0}</source>
        <translation>Recójalo antes del {0}</translation>
    </message>
    <message>
        <source>Bring this slip or show the code, and an ID.</source>
        <translation>Traiga este aviso o muestre el código, con un documento de identidad.</translation>
    </message>
    <message>
        <source>Pickup slip {0}</source>
        <translation>Aviso de recogida {0}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>F5  Plan today</source>
        <translation>F5  Planificar hoy</translation>
    </message>
    <message>
        <source>Ctrl+R  Re-plan keeping pins</source>
        <translation>Ctrl+R  Replanificar manteniendo las fijadas</translation>
    </message>
    <message>
        <source>Esc  Cancel</source>
        <translation>Esc  Cancelar</translation>
    </message>
    <message>
        <source>F9  Start run…</source>
        <translation>F9  Iniciar la ruta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P  Run sheet…</source>
        <translation>Ctrl+Mayús+P  Hoja de ruta…</translation>
    </message>
    <message>
        <source>Paper size of the run sheet</source>
        <translation>Tamaño de papel de la hoja de ruta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Map of the routes</source>
        <translation>Mapa de las rutas</translation>
    </message>
    <message>
        <source>Stops in visiting order</source>
        <translation>Paradas en orden de visita</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ctrl+↑  Earlier</source>
        <translation>Ctrl+↑  Antes</translation>
    </message>
    <message>
        <source>Ctrl+↓  Later</source>
        <translation>Ctrl+↓  Después</translation>
    </message>
    <message>
        <source>Ctrl+→  Next van</source>
        <translation>Ctrl+→  Siguiente furgoneta</translation>
    </message>
    <message>
        <source>Ctrl+P  Pin / unpin</source>
        <translation>Ctrl+P  Fijar / soltar</translation>
    </message>
    <message>
        <source>Stops not on a route, with the reason</source>
        <translation>Paradas fuera de ruta, con el motivo</translation>
    </message>
    <message>
        <source>Ctrl+L  Set location…</source>
        <translation>Ctrl+L  Fijar la ubicación…</translation>
    </message>
    <message>
        <source>Not on a route</source>
        <translation>Fuera de ruta</translation>
    </message>
    <message>
        <source>Plan · {0}</source>
        <translation>Planificación · {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Press F5 to plan today.</source>
        <translation>
            <numerusform>%n dirección en el estante espera a ser planificada. Pulse F5 para planificar el día.</numerusform>
            <numerusform>%n direcciones en el estante esperan a ser planificadas. Pulse F5 para planificar el día.</numerusform>
        </translation>
    </message>
    <message>
        <source>Van {0} · {1} · {2} · {3} · {4}–{5} ({6})</source>
        <translation>Furgoneta {0} · {1} · {2} · {3} · {4}–{5} ({6})</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3} · {4} in all · {5} · {6}</source>
        <translation>{0} · {1} · {2} · {3} · {4} en total · {5} · {6}</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ruta</numerusform>
            <numerusform>%n rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on a route</source>
        <translation>
            <numerusform>%n fuera de ruta</numerusform>
            <numerusform>%n fuera de ruta</numerusform>
        </translation>
    </message>
    <message>
        <source>Van {0} carries {1}, more than its {2}.</source>
        <translation>La furgoneta {0} lleva {1}, por encima de su capacidad ({2}).</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n parada</numerusform>
            <numerusform>%n paradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n parcel(s) as out for delivery and start the run?</source>
        <translation>
            <numerusform>¿Marcar %n paquete como en reparto e iniciar la ruta?</numerusform>
            <numerusform>¿Marcar %n paquetes como en reparto e iniciar la ruta?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) out for delivery. Good run!</source>
        <translation>
            <numerusform>%n paquete en reparto. ¡Buena ruta!</numerusform>
            <numerusform>%n paquetes en reparto. ¡Buena ruta!</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>Plan today</source>
        <translation>Planificar hoy</translation>
    </message>
    <message>
        <source>Re-plan keeping pins</source>
        <translation>Replanificar manteniendo las fijadas</translation>
    </message>
    <message>
        <source>Cancel planning</source>
        <translation>Cancelar la planificación</translation>
    </message>
    <message>
        <source>Start run…</source>
        <translation>Iniciar la ruta…</translation>
    </message>
    <message>
        <source>Run sheet…</source>
        <translation>Hoja de ruta…</translation>
    </message>
    <message>
        <source>Stop earlier</source>
        <translation>Adelantar la parada</translation>
    </message>
    <message>
        <source>Stop later</source>
        <translation>Retrasar la parada</translation>
    </message>
    <message>
        <source>Stop on the next van</source>
        <translation>Pasar la parada a la siguiente furgoneta</translation>
    </message>
    <message>
        <source>Pin / unpin the stop</source>
        <translation>Fijar / soltar la parada</translation>
    </message>
    <message>
        <source>Set location…</source>
        <translation>Fijar la ubicación…</translation>
    </message>
    <message>
        <source>Stop on the previous van</source>
        <translation>Pasar la parada a la furgoneta anterior</translation>
    </message>
    <message>
        <source>Plan · tomorrow, {0}</source>
        <translation>Planificación · mañana, {0}</translation>
    </message>
    <message>
        <source>F5  Plan tomorrow</source>
        <translation>F5  Planificar mañana</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the shelf waiting to be planned. Today's shift is over: press F5 to plan tomorrow.</source>
        <translation>
            <numerusform>%n dirección en el estante espera a ser planificada. La jornada de hoy ha terminado: pulse F5 para planificar mañana.</numerusform>
            <numerusform>%n direcciones en el estante esperan a ser planificadas. La jornada de hoy ha terminado: pulse F5 para planificar mañana.</numerusform>
        </translation>
    </message>
    <message>
        <source>window {0}–{1}</source>
        <translation>franja {0}–{1}</translation>
    </message>
    <message>
        <source>{0} is {1} from the nearest road on the map: check its location.</source>
        <translation>{0} está a {1} de la carretera más cercana en el mapa: compruebe su ubicación.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>run started</source>
        <translation>ruta iniciada</translation>
    </message>
    <message>
        <source>Distances and times on the roads of the map.</source>
        <translation>Distancias y tiempos por las carreteras del mapa.</translation>
    </message>
    <message>
        <source>Distances are estimates (crow-fly × road factor, times at a set speed): load a road map for real ones.</source>
        <translation>Las distancias son estimaciones (en línea recta × factor de carretera, tiempos a velocidad fija): cargue un mapa de carreteras para obtener las reales.</translation>
    </message>
    <message>
        <source>Van {0}, stop {1} ({2}): arrives {3}, after its window closes at {4}.</source>
        <translation>Furgoneta {0}, parada {1} ({2}): llega a las {3}, después de que cierre su franja a las {4}.</translation>
    </message>
    <message>
        <source>Van {0} is back at {1}, after the shift ends at {2}.</source>
        <translation>La furgoneta {0} vuelve a las {1}, después del fin de la jornada a las {2}.</translation>
    </message>
    <message>
        <source>{0} goes to {1}.</source>
        <translation>{0} va a {1}.</translation>
    </message>
    <message>
        <source>{0} is not in this plan.</source>
        <translation>{0} no está en este plan.</translation>
    </message>
    <message>
        <source>must go today</source>
        <translation>debe salir hoy</translation>
    </message>
    <message>
        <source>shelf {0}</source>
        <translation>estante {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Planning %n address(es)…</source>
        <translation>
            <numerusform>Planificando %n dirección…</numerusform>
            <numerusform>Planificando %n direcciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels on the shelf to plan.</source>
        <translation>No hay paquetes en la estantería para planificar.</translation>
    </message>
    <message>
        <source>Planned: the routes are saved as a draft.</source>
        <translation>Planificado: las rutas se guardan como borrador.</translation>
    </message>
    <message>
        <source>Stop moved and pinned; the times are recomputed.</source>
        <translation>Parada movida y fijada; los horarios se recalculan.</translation>
    </message>
    <message>
        <source>Stop moved to van {0} and pinned; the times are recomputed.</source>
        <translation>Parada movida a la furgoneta {0} y fijada; los horarios se recalculan.</translation>
    </message>
    <message>
        <source>Pinned: a re-plan keeps this stop on its van.</source>
        <translation>Fijada: al replanificar, esta parada se queda en su furgoneta.</translation>
    </message>
    <message>
        <source>Unpinned.</source>
        <translation>Soltada.</translation>
    </message>
    <message>
        <source>Location saved for {0}.</source>
        <translation>Ubicación guardada para {0}.</translation>
    </message>
    <message>
        <source>The plan breaks some limits:
{0}

{1}</source>
        <translation>El plan supera algunos límites:
{0}

{1}</translation>
    </message>
    <message>
        <source>Writing the run sheet…</source>
        <translation>Escribiendo la hoja de ruta…</translation>
    </message>
    <message>
        <source>Run sheet saved: {0}</source>
        <translation>Hoja de ruta guardada: {0}</translation>
    </message>
    <message>
        <source>Print the run sheet</source>
        <translation>Imprimir la hoja de ruta</translation>
    </message>
    <message>
        <source>Printing the run sheet…</source>
        <translation>Imprimiendo la hoja de ruta…</translation>
    </message>
    <message>
        <source>Run sheet sent to {0}</source>
        <translation>Hoja de ruta enviada a {0}</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Iniciar la ruta</translation>
    </message>
    <message>
        <source>Set location of {0}</source>
        <translation>Ubicación de {0}</translation>
    </message>
    <message>
        <source>Set location</source>
        <translation>Fijar la ubicación</translation>
    </message>
    <message>
        <source>Latitude, longitude of {0}
(for example 52.1234, -1.9876; remembered for this address)</source>
        <translation>Latitud, longitud de {0}
(por ejemplo 52.1234, -1.9876; se recuerda para esta dirección)</translation>
    </message>
    <message>
        <source>“{0}” is not a latitude and a longitude, such as 52.1234, -1.9876.</source>
        <translation>«{0}» no es una latitud y una longitud, como 52.1234, -1.9876.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Delivered to the recipient</source>
        <translation>Entregado al destinatario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Who took the parcel</source>
        <translation>Quién recogió el paquete</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Day of the report</source>
        <translation>Día del informe</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the same rows as a spreadsheet file (CSV)</source>
        <translation>Guardar las mismas filas en un archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Parcels of the day</source>
        <translation>Paquetes del día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print the end-of-day report (Ctrl+P)</source>
        <translation>Imprimir el informe de cierre del día (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the end-of-day report as a PDF (Ctrl+Shift+S)</source>
        <translation>Guardar el informe de cierre del día en PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimir el informe…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>That day:</source>
        <translation>Ese día:</translation>
    </message>
    <message>
        <source>Its week:</source>
        <translation>Su semana:</translation>
    </message>
    <message>
        <source>Its month:</source>
        <translation>Su mes:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; scanned in</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; escaneado</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; escaneados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; entregado</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; not delivered</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; no entregado</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; no entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; picked up</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; recogido</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; recogidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; return(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; devolución</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; devoluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} {1}: recorded “{2}”, corrected to “{3}” ({4})</source>
        <translation>{0} {1}: registrado «{2}», corregido a «{3}» ({4})</translation>
    </message>
    <message numerus="yes">
        <source>Corrections of the day (%n)</source>
        <translation>
            <numerusform>Correcciones del día (%n)</numerusform>
            <numerusform>Correcciones del día (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message numerus="yes">
        <source>deliveries: %Ln</source>
        <translation>
            <numerusform>entrega: %Ln</numerusform>
            <numerusform>entregas: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pickups: %Ln</source>
        <translation>
            <numerusform>recogida: %Ln</numerusform>
            <numerusform>recogidas: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>No se ha guardado el informe: {0}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>✔ Report sent to {0}</source>
        <translation>✔ Informe enviado a {0}</translation>
    </message>
    <message>
        <source>The CSV file was not saved: {0}</source>
        <translation>No se ha guardado el archivo CSV: {0}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>{0} per delivered parcel, {1} per counter pickup (see Settings)</source>
        <translation>{0} por paquete entregado, {1} por recogida en el mostrador (ver Ajustes)</translation>
    </message>
    <message>
        <source>Save the end-of-day report</source>
        <translation>Guardar el informe de cierre del día</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>✔ Report saved: {0}</source>
        <translation>✔ Informe guardado: {0}</translation>
    </message>
    <message>
        <source>Export the day as CSV</source>
        <translation>Exportar el día a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>✔ CSV saved: {0}</source>
        <translation>✔ CSV guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Scan result</source>
        <translation>Resultado del escaneo</translation>
    </message>
</context>
<context>
    <name>ReturnsPanel</name>
    <message>
        <source>Parcels to return</source>
        <translation>Paquetes para devolver</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Estante</translation>
    </message>
    <message>
        <source>Scan each parcel as it goes onto the carrier's van.</source>
        <translation>Escanee cada paquete cuando suba a la furgoneta del transportista.</translation>
    </message>
    <message>
        <source>Attempt limit reached</source>
        <translation>Límite de intentos alcanzado</translation>
    </message>
    <message>
        <source>Not collected in time</source>
        <translation>No recogido a tiempo</translation>
    </message>
    <message>
        <source>Outside the delivery area</source>
        <translation>Fuera de la zona de reparto</translation>
    </message>
    <message numerus="yes">
        <source>✔ {0} handed to the carrier. %n left to return.</source>
        <translation>
            <numerusform>✔ {0} entregado al transportista. Queda %n por devolver.</numerusform>
            <numerusform>✔ {0} entregado al transportista. Quedan %n por devolver.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ {0} is not a return ({1}): keep it in the shop.</source>
        <translation>✗ {0} no es una devolución ({1}): guárdelo en la tienda.</translation>
    </message>
    <message>
        <source>✗ {0} is not one of this shop's parcels.</source>
        <translation>✗ {0} no es un paquete de esta tienda.</translation>
    </message>
</context>
<context>
    <name>RoadMapPanel</name>
    <message>
        <source>Road map (for real distances, road times and directions)</source>
        <translation>Mapa de carreteras (distancias reales, tiempos de viaje e indicaciones)</translation>
    </message>
    <message>
        <source>Load road map…</source>
        <translation>Cargar mapa de carreteras…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>No road map is loaded: plans use estimated distances (crow-fly × road factor) and times. Load an OpenStreetMap extract (.osm.pbf) of your area; the carrier may also send one with the sync.</source>
        <translation>No hay ningún mapa de carreteras cargado: las rutas usan distancias y tiempos estimados (en línea recta × factor de carretera). Cargue un extracto de OpenStreetMap (.osm.pbf) de su zona; el transportista también puede enviarlo con la sincronización.</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>In use: {0} (data of {1}), area {2:.3f}, {3:.3f} to {4:.3f}, {5:.3f}. Map data {6}, licence {7}.</source>
        <translation>En uso: {0} (datos del {1}), zona {2:.3f}, {3:.3f} a {4:.3f}, {5:.3f}. Datos del mapa {6}, licencia {7}.</translation>
    </message>
    <message>
        <source>Load road map</source>
        <translation>Cargar mapa de carreteras</translation>
    </message>
    <message>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf);;All files (*)</source>
        <translation>Extractos de OpenStreetMap (*.osm.pbf *.pbf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation>Cargando {0}…</translation>
    </message>
    <message>
        <source>The road map was not loaded: {0}</source>
        <translation>No se ha cargado el mapa de carreteras: {0}</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>{0} m</source>
        <translation>{0} m</translation>
    </message>
    <message>
        <source>{0:.1f} km</source>
        <translation>{0:.1f} km</translation>
    </message>
    <message>
        <source>{0} yd</source>
        <translation>{0} yd</translation>
    </message>
    <message>
        <source>{0:.1f} mi</source>
        <translation>{0:.1f} mi</translation>
    </message>
    <message>
        <source>Finding the nearest road…</source>
        <translation>Buscando la carretera más cercana…</translation>
    </message>
    <message>
        <source>{0:.5f}, {1:.5f}</source>
        <translation>{0:.5f}, {1:.5f}</translation>
    </message>
    <message>
        <source>No road within {0} of this point</source>
        <translation>Ninguna carretera a menos de {0} de este punto</translation>
    </message>
    <message>
        <source>Far from any road: the nearest is {0} away</source>
        <translation>Lejos de cualquier carretera: la más cercana está a {0}</translation>
    </message>
    <message>
        <source>Nearest road: {0} away</source>
        <translation>Carretera más cercana: a {0}</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>To stop {0} · {1}</source>
        <translation>Hacia la parada {0} · {1}</translation>
    </message>
    <message>
        <source>Back to the shop</source>
        <translation>Vuelta a la tienda</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (continuación)</translation>
    </message>
    <message>
        <source>Run sheet · {0}</source>
        <translation>Hoja de ruta · {0}</translation>
    </message>
    <message>
        <source>{0} · Van {1}</source>
        <translation>{0} · Furgoneta {1}</translation>
    </message>
    <message>
        <source>Driver: {0}     Vehicle: {1}</source>
        <translation>Conductor: {0}     Vehículo: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n parada</numerusform>
            <numerusform>%n paradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · leave {3}, back {4} ({5})</source>
        <translation>{0} · {1} · {2} · salida {3}, vuelta {4} ({5})</translation>
    </message>
    <message>
        <source>Van {0} (continued) · {1}</source>
        <translation>Furgoneta {0} (continuación) · {1}</translation>
    </message>
    <message>
        <source>Time window {0}–{1}</source>
        <translation>Franja {0}–{1}</translation>
    </message>
    <message>
        <source>Van {0} · directions</source>
        <translation>Furgoneta {0} · indicaciones</translation>
    </message>
    <message>
        <source>Not on this run</source>
        <translation>Fuera de esta ruta</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · página {2} de {3}</translation>
    </message>
    <message>
        <source>Run sheet {0}</source>
        <translation>Hoja de ruta {0}</translation>
    </message>
</context>
<context>
    <name>SafePlaceDialog</name>
    <message>
        <source>Left in a safe place</source>
        <translation>Dejado en un lugar seguro</translation>
    </message>
    <message>
        <source>Where, and a photo of the parcel there.</source>
        <translation>El lugar, y una foto del paquete allí.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Porch</source>
        <translation>Porche</translation>
    </message>
    <message>
        <source>Behind the bin</source>
        <translation>Detrás del cubo de basura</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>Garaje</translation>
    </message>
    <message>
        <source>Shed</source>
        <translation>Cobertizo</translation>
    </message>
    <message>
        <source>Back door</source>
        <translation>Puerta trasera</translation>
    </message>
    <message>
        <source>Greenhouse</source>
        <translation>Invernadero</translation>
    </message>
    <message>
        <source>e.g. Behind the green bin</source>
        <translation>p. ej. Detrás del contenedor verde</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Photo of the parcel where it was left</source>
        <translation>Foto del paquete donde se dejó</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Ready: scan a parcel</source>
        <translation>Listo: escanee un paquete</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Batch import</source>
        <translation>Importación por lotes</translation>
    </message>
    <message>
        <source>Type a tracking number that will not scan</source>
        <translation>Escriba un número de seguimiento que no se puede escanear</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Entrada manual</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar la llegada</translation>
    </message>
    <message>
        <source>Damaged (F9)</source>
        <translation>Dañado (F9)</translation>
    </message>
    <message>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Deshacer el último escaneo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Shelf label…</source>
        <translation>Etiqueta de estantería…</translation>
    </message>
    <message>
        <source>Import batch file…</source>
        <translation>Importar un archivo de lote…</translation>
    </message>
    <message>
        <source>Same number: receive it (F8)</source>
        <translation>Mismo número: recibirlo (F8)</translation>
    </message>
    <message>
        <source>Parcels not scanned yet</source>
        <translation>Paquetes aún sin escanear</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>NO GUARDADO</translation>
    </message>
    <message>
        <source>The scan was not recorded: fix this, then scan the parcel again.</source>
        <translation>El escaneo no se ha guardado: corrija el problema y vuelva a escanear el paquete.</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>RECIBIDO</translation>
    </message>
    <message numerus="yes">
        <source>Not scanned yet: %n parcel(s)</source>
        <translation>
            <numerusform>Aún sin escanear: %n paquete</numerusform>
            <numerusform>Aún sin escanear: %n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>ALREADY RECEIVED</source>
        <translation>YA RECIBIDO</translation>
    </message>
    <message>
        <source>Shelf labels from before were not printed.</source>
        <translation>Hay etiquetas de estantería de antes sin imprimir.</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Detener la importación</translation>
    </message>
    <message>
        <source>Check in the typed number</source>
        <translation>Registrar la llegada del número escrito</translation>
    </message>
    <message>
        <source>Same number: receive it</source>
        <translation>Mismo número: recibirlo</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Deshacer el último escaneo</translation>
    </message>
    <message>
        <source>NOT ON MANIFEST</source>
        <translation>NO ESTÁ EN EL MANIFIESTO</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>CHECK THE NUMBER</source>
        <translation>COMPRUEBE EL NÚMERO</translation>
    </message>
    <message>
        <source>OUTSIDE RADIUS</source>
        <translation>FUERA DE ZONA</translation>
    </message>
    <message>
        <source>INVALID CODE</source>
        <translation>CÓDIGO NO VÁLIDO</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>Leído: {0}</translation>
    </message>
    <message>
        <source>Nothing was recorded. Scan again or type the number below.</source>
        <translation>No se ha registrado nada. Vuelva a escanear o escriba el número abajo.</translation>
    </message>
    <message>
        <source> · DAMAGED</source>
        <translation> · DAÑADO</translation>
    </message>
    <message>
        <source>SCAN UNDONE</source>
        <translation>ESCANEO DESHECHO</translation>
    </message>
    <message>
        <source>Printing the shelf labels again…</source>
        <translation>Volviendo a imprimir las etiquetas de estantería…</translation>
    </message>
    <message>
        <source>The shelf labels are printed.</source>
        <translation>Las etiquetas de estantería están impresas.</translation>
    </message>
    <message>
        <source>The shelf label was not printed: {0}</source>
        <translation>No se ha imprimido la etiqueta de estantería: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) kept.</source>
        <translation>
            <numerusform>%n etiqueta guardada.</numerusform>
            <numerusform>%n etiquetas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Volver a imprimir</translation>
    </message>
    <message>
        <source>SAME DAY  </source>
        <translation>MISMO DÍA  </translation>
    </message>
    <message>
        <source>Expected {0}</source>
        <translation>Previstos {0}</translation>
    </message>
    <message>
        <source>Received {0}</source>
        <translation>Recibidos {0}</translation>
    </message>
    <message>
        <source>Missing {0}</source>
        <translation>Faltan {0}</translation>
    </message>
    <message>
        <source>Not on manifest {0}</source>
        <translation>Fuera del manifiesto {0}</translation>
    </message>
    <message>
        <source>For return {0}</source>
        <translation>Para devolver {0}</translation>
    </message>
    <message>
        <source>Damaged {0}</source>
        <translation>Dañados {0}</translation>
    </message>
    <message>
        <source>Import the scanner's batch file</source>
        <translation>Importar el archivo de lote del escáner</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Import stopped before it began: nothing was checked in.</source>
        <translation>La importación se detuvo antes de empezar: no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Import failed: {0}</source>
        <translation>La importación ha fallado: {0}</translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>The serial scanner on {0} could not be opened: {1}</source>
        <translation>No se ha podido abrir el escáner serie en {0}: {1}</translation>
    </message>
</context>
<context>
    <name>SettingsHelp</name>
    <message>
        <source>The language of the app; dates and numbers follow it too.</source>
        <translation>El idioma de la aplicación; las fechas y los números también lo siguen.</translation>
    </message>
    <message>
        <source>Larger text for a small or far-away screen (1.0 is normal).</source>
        <translation>Texto más grande para una pantalla pequeña o lejana (1,0 es el tamaño normal).</translation>
    </message>
    <message>
        <source>How loud the sound after each scan is (0 to 1).</source>
        <translation>Volumen del sonido tras cada escaneo (de 0 a 1).</translation>
    </message>
    <message>
        <source>No sound after a scan; the big coloured result still shows.</source>
        <translation>Sin sonido tras el escaneo; el resultado grande en color se sigue mostrando.</translation>
    </message>
    <message>
        <source>Each parcel checked in gets a shelf label on the label printer at once.</source>
        <translation>Cada paquete registrado a la llegada recibe al momento una etiqueta de estantería en la impresora de etiquetas.</translation>
    </message>
    <message>
        <source>The size of the labels in the label printer.</source>
        <translation>El tamaño de las etiquetas cargadas en la impresora de etiquetas.</translation>
    </message>
    <message>
        <source>Only for a Zebra printer on the network: its address and port, for example 192.168.1.50:9100. Empty: the label printer above is used.</source>
        <translation>Solo para una impresora Zebra en red: su dirección y su puerto, por ejemplo 192.168.1.50:9100. Vacío: se usa la impresora de etiquetas de arriba.</translation>
    </message>
    <message>
        <source>The printer for shelf labels.</source>
        <translation>La impresora de las etiquetas de estantería.</translation>
    </message>
    <message>
        <source>Pages suit any printer; ZPL is for Zebra and compatible label printers.</source>
        <translation>«Páginas» sirve para cualquier impresora; ZPL, para impresoras de etiquetas Zebra y compatibles.</translation>
    </message>
    <message>
        <source>The A4 or Letter printer for run sheets, pickup slips and reports.</source>
        <translation>La impresora A4 o Carta para las hojas de ruta, los avisos de recogida y los informes.</translation>
    </message>
    <message>
        <source>The currency earnings are shown in.</source>
        <translation>La moneda en la que se muestran las ganancias.</translation>
    </message>
    <message>
        <source>Characters your scanner sends before each code, if it is set to send any.</source>
        <translation>Caracteres que su escáner envía antes de cada código, si está configurado para enviarlos.</translation>
    </message>
    <message>
        <source>Characters your scanner sends after each code, before Enter or Tab.</source>
        <translation>Caracteres que su escáner envía después de cada código, antes de Intro o Tab.</translation>
    </message>
    <message>
        <source>A scanner types fast; a person slower. Raise it if scans are taken for typing on a slow computer.</source>
        <translation>Un escáner teclea rápido; una persona, más despacio. Súbalo si, en un ordenador lento, los escaneos se toman por tecleo.</translation>
    </message>
    <message>
        <source>Only for a scanner on a serial (COM) port; a USB scanner that types needs none.</source>
        <translation>Solo para un escáner en un puerto serie (COM); un escáner USB que teclea no lo necesita.</translation>
    </message>
    <message>
        <source>Used only without a road map: how much longer the roads are than a straight line.</source>
        <translation>Solo se usa sin mapa de carreteras: cuánto más largas son las carreteras que la línea recta.</translation>
    </message>
    <message>
        <source>Used only without a road map, to estimate driving times.</source>
        <translation>Solo se usa sin mapa de carreteras, para estimar los tiempos de conducción.</translation>
    </message>
    <message>
        <source>Parking, walking to the door and back.</source>
        <translation>Aparcar, ir andando hasta la puerta y volver.</translation>
    </message>
    <message>
        <source>Added at a stop for each parcel handed over.</source>
        <translation>Se añade en la parada por cada paquete entregado.</translation>
    </message>
    <message>
        <source>After this many failed attempts a parcel goes back to the carrier.</source>
        <translation>Tras este número de intentos fallidos, el paquete vuelve al transportista.</translation>
    </message>
    <message>
        <source>A parcel not collected in this many days goes back to the carrier.</source>
        <translation>Un paquete no recogido en este número de días vuelve al transportista.</translation>
    </message>
    <message>
        <source>Signatures and photos the carrier has are deleted from this computer after this many days.</source>
        <translation>Las firmas y fotos que ya tiene el transportista se borran de este ordenador tras este número de días.</translation>
    </message>
    <message>
        <source>What the carrier pays for each parcel delivered.</source>
        <translation>Lo que paga el transportista por cada paquete entregado.</translation>
    </message>
    <message>
        <source>What the carrier pays for each parcel collected at the counter.</source>
        <translation>Lo que paga el transportista por cada paquete recogido en el mostrador.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Scan sound volume</source>
        <translation>Volumen del sonido de escaneo</translation>
    </message>
    <message>
        <source>Mute scan sounds</source>
        <translation>Silenciar los sonidos de escaneo</translation>
    </message>
    <message>
        <source>Print a shelf label on each scan</source>
        <translation>Imprimir una etiqueta de estantería en cada escaneo</translation>
    </message>
    <message>
        <source>Scanner prefix characters</source>
        <translation>Caracteres de prefijo del escáner</translation>
    </message>
    <message>
        <source>Scanner suffix characters</source>
        <translation>Caracteres de sufijo del escáner</translation>
    </message>
    <message>
        <source>Longest gap between scanner keys (ms)</source>
        <translation>Pausa máxima entre teclas del escáner (ms)</translation>
    </message>
    <message>
        <source>Shelf label size</source>
        <translation>Tamaño de etiqueta de estantería</translation>
    </message>
    <message>
        <source>Network Zebra printer (address:port)</source>
        <translation>Impresora Zebra de red (dirección:puerto)</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Impresora de etiquetas</translation>
    </message>
    <message>
        <source>Label printer language</source>
        <translation>Lenguaje de la impresora de etiquetas</translation>
    </message>
    <message>
        <source>Printer for run sheets and reports</source>
        <translation>Impresora de hojas de ruta e informes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>Puerto del escáner serie</translation>
    </message>
    <message>
        <source>Road distance / straight-line distance</source>
        <translation>Distancia por carretera / distancia en línea recta</translation>
    </message>
    <message>
        <source>Average driving speed (km/h)</source>
        <translation>Velocidad media de conducción (km/h)</translation>
    </message>
    <message>
        <source>Time at each stop (seconds)</source>
        <translation>Tiempo en cada parada (segundos)</translation>
    </message>
    <message>
        <source>Extra time per parcel (seconds)</source>
        <translation>Tiempo adicional por paquete (segundos)</translation>
    </message>
    <message>
        <source>Delivery attempts before return</source>
        <translation>Intentos de entrega antes de devolver</translation>
    </message>
    <message>
        <source>Days a parcel waits for pickup</source>
        <translation>Días que un paquete espera la recogida</translation>
    </message>
    <message>
        <source>Days proof files are kept after sync</source>
        <translation>Días que se guardan las pruebas tras sincronizar</translation>
    </message>
    <message>
        <source>Earnings per delivered parcel</source>
        <translation>Ganancia por paquete entregado</translation>
    </message>
    <message>
        <source>Earnings per counter pickup</source>
        <translation>Ganancia por recogida en el mostrador</translation>
    </message>
    <message>
        <source>Counter and labels</source>
        <translation>Mostrador y etiquetas</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Delivery rules</source>
        <translation>Reglas de reparto</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Usar el del sistema</translation>
    </message>
    <message>
        <source>4 x 6 in shipping label</source>
        <translation>Etiqueta de envío de 4 x 6 in</translation>
    </message>
    <message>
        <source>62 mm roll</source>
        <translation>Rollo de 62 mm</translation>
    </message>
    <message>
        <source>Pages (any printer)</source>
        <translation>Páginas (cualquier impresora)</translation>
    </message>
    <message>
        <source>ZPL (Zebra and compatible)</source>
        <translation>ZPL (Zebra y compatibles)</translation>
    </message>
    <message>
        <source>{0} (not connected)</source>
        <translation>{0} (no conectada)</translation>
    </message>
    <message>
        <source>None: save labels as PDF files</source>
        <translation>Ninguna: guardar las etiquetas como archivos PDF</translation>
    </message>
    <message>
        <source>System default printer ({0})</source>
        <translation>Impresora predeterminada del sistema ({0})</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Impresora predeterminada del sistema</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>From the language and country ({0})</source>
        <translation>Según el idioma y el país ({0})</translation>
    </message>
    <message>
        <source>From the language and country</source>
        <translation>Según el idioma y el país</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>Edit shop &amp;profile…</source>
        <translation>Editar el &amp;perfil de la tienda…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar los ajustes</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Acerca de…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; at {1:.5f}, {2:.5f}; radius {3}; {4} of {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; en {1:.5f}, {2:.5f}; radio {3}; {4} de {5}</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n vehículo</numerusform>
            <numerusform>%n vehículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Guardado</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up your shop</source>
        <translation>Configure su tienda</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Tell the app about your shop. You can change all of this later in Settings. If the carrier gave you a server address and a token, pairing fills the name and location for you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido&lt;/h2&gt;&lt;p&gt;Cuéntele a la aplicación cómo es su tienda. Podrá cambiarlo todo más adelante en Ajustes. Si el transportista le ha dado una dirección de servidor y un token, la vinculación rellena el nombre y la ubicación por usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Place the shop on the &amp;map…</source>
        <translation>Situar la tienda en el &amp;mapa…</translation>
    </message>
    <message>
        <source>Shop &amp;name</source>
        <translation>&amp;Nombre de la tienda</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Delivery &amp;radius</source>
        <translation>&amp;Radio de reparto</translation>
    </message>
    <message>
        <source>Delivery radius</source>
        <translation>Radio de reparto</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Vehículos</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>&amp;Parcels per vehicle</source>
        <translation>&amp;Paquetes por vehículo</translation>
    </message>
    <message>
        <source>Parcels per vehicle</source>
        <translation>Paquetes por vehículo</translation>
    </message>
    <message>
        <source>Opens &amp;at</source>
        <translation>Abre &amp;a las</translation>
    </message>
    <message>
        <source>Opening time</source>
        <translation>Hora de apertura</translation>
    </message>
    <message>
        <source>&amp;Closes at</source>
        <translation>&amp;Cierra a las</translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Hora de cierre</translation>
    </message>
    <message>
        <source>The shop's days (Today, reports, same-day parcels) start and end at midnight in this zone, whatever the PC's clock is set to.</source>
        <translation>Los días de la tienda (Hoy, informes, paquetes del mismo día) empiezan y terminan a medianoche en esta zona, sea cual sea la hora del reloj del PC.</translation>
    </message>
    <message>
        <source>Place the shop</source>
        <translation>Situar la tienda</translation>
    </message>
</context>
<context>
    <name>ShopStatusBar</name>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>The connection keeps dropping: {0} of {1} sent; it carries on by itself.</source>
        <translation>La conexión se corta una y otra vez: {0} de {1} enviados; sigue sola.</translation>
    </message>
    <message>
        <source>Sending: {0} of {1} sent, {2} still to send.</source>
        <translation>Enviando: {0} de {1} enviados, faltan {2}.</translation>
    </message>
    <message>
        <source>{0} of {1} sent; {2} still to send with the next sync.</source>
        <translation>{0} de {1} enviados; faltan {2}, que irán con la próxima sincronización.</translation>
    </message>
    <message>
        <source>{0} sent; nothing left to send.</source>
        <translation>{0} enviados; no queda nada por enviar.</translation>
    </message>
    <message>
        <source>Not paired with the carrier (see Sync)</source>
        <translation>Sin vincular con el transportista (ver Sincronizar)</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>○ Offline (working locally)</source>
        <translation>○ Sin conexión (trabajando en local)</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to sync</source>
        <translation>
            <numerusform>%n evento pendiente de sincronizar</numerusform>
            <numerusform>%n eventos pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected: see Sync</source>
        <translation>
            <numerusform>%n rechazado: ver Sincronizar</numerusform>
            <numerusform>%n rechazados: ver Sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection dropping: {0} of {1} sent, carrying on</source>
        <translation>La conexión se corta: {0} de {1} enviados, sigue</translation>
    </message>
    <message>
        <source>Syncing: {0} of {1} sent, {2} to go</source>
        <translation>Sincronizando: {0} de {1} enviados, faltan {2}</translation>
    </message>
    <message>
        <source>{0} still to send (the connection dropped)</source>
        <translation>Faltan {0} por enviar (se cortó la conexión)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>A scan is a scan on every page: no key needs to be pressed first. Page keys work while their page shows.</source>
        <translation>Un escaneo funciona en todas las páginas: no hace falta pulsar antes ninguna tecla. Las teclas de una página funcionan mientras esa página está a la vista.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Undo stroke</source>
        <translation>Deshacer el trazo</translation>
    </message>
    <message>
        <source>Ctrl+Z on the pad</source>
        <translation>Ctrl+Z en el panel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete on the pad</source>
        <translation>Supr en el panel</translation>
    </message>
    <message>
        <source>✔ Signature ok</source>
        <translation>✔ Firma válida</translation>
    </message>
    <message>
        <source>Waiting for a signature</source>
        <translation>Esperando una firma</translation>
    </message>
    <message>
        <source>Only a dot so far: sign across the pad</source>
        <translation>Solo un punto por ahora: firme a lo ancho del panel</translation>
    </message>
    <message>
        <source>Too small to be a signature: sign across the pad</source>
        <translation>Demasiado pequeña para ser una firma: firme a lo ancho del panel</translation>
    </message>
    <message>
        <source>Too little ink to be a signature: sign across the pad</source>
        <translation>Muy poco trazo para ser una firma: firme a lo ancho del panel</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Sign with a finger, pen or mouse. Ctrl+Z undoes a stroke, Delete clears.</source>
        <translation>Firme con el dedo, un lápiz o el ratón. Ctrl+Z deshace un trazo, Supr lo borra todo.</translation>
    </message>
    <message>
        <source>✗  Sign here</source>
        <translation>✗  Firme aquí</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&lt;h1&gt;Sync with the carrier&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Sincronización con el transportista&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Paste the shop's token from the carrier</source>
        <translation>Pegue el token de la tienda que le dio el transportista</translation>
    </message>
    <message>
        <source>Shop token</source>
        <translation>Token de la tienda</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Vinculación</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Press Sync now at the end of the day (or any time).</source>
        <translation>Pulse Sincronizar ahora al final del día (o en cualquier momento).</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Events sent</source>
        <translation>Eventos enviados</translation>
    </message>
    <message>
        <source>Accepted by the carrier</source>
        <translation>Aceptados por el transportista</translation>
    </message>
    <message>
        <source>Already there (sent before)</source>
        <translation>Ya estaban (enviados antes)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Still waiting to be sent</source>
        <translation>Aún pendientes de envío</translation>
    </message>
    <message>
        <source>New parcels expected</source>
        <translation>Nuevos paquetes previstos</translation>
    </message>
    <message>
        <source>Parcels with new details</source>
        <translation>Paquetes con datos nuevos</translation>
    </message>
    <message>
        <source>Proof files uploaded</source>
        <translation>Archivos de prueba subidos</translation>
    </message>
    <message>
        <source>Sent over the connection</source>
        <translation>Enviado por la conexión</translation>
    </message>
    <message>
        <source>Still to send</source>
        <translation>Falta por enviar</translation>
    </message>
    <message>
        <source>Rejected events (the carrier's reason)</source>
        <translation>Eventos rechazados (motivo del transportista)</translation>
    </message>
    <message>
        <source>Rejected events</source>
        <translation>Eventos rechazados</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Marcar todo como visto</translation>
    </message>
    <message>
        <source>Last sync started {0}.</source>
        <translation>Última sincronización iniciada el {0}.</translation>
    </message>
    <message>
        <source>Not paired yet: enter the address and the token the carrier gave you.</source>
        <translation>Aún sin vincular: introduzca la dirección y el token que le dio el transportista.</translation>
    </message>
    <message>
        <source>Paired as shop {0} with {1}. The token is kept {2}.</source>
        <translation>Vinculada como tienda {0} con {1}. El token se guarda {2}.</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>in a file in the shop's data folder that only you can read</source>
        <translation>en un archivo de la carpeta de datos de la tienda que solo usted puede leer</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este ordenador</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>It will not try again by itself.</source>
        <translation>No volverá a intentarlo sola.</translation>
    </message>
    <message>
        <source>Trying again by itself (the connection dropped)…</source>
        <translation>Volviendo a intentarlo sola (se cortó la conexión)…</translation>
    </message>
    <message>
        <source>Sync done: {0}, {1}.</source>
        <translation>Sincronización terminada: {0}, {1}.</translation>
    </message>
    <message>
        <source>Enter both the server address and the token.</source>
        <translation>Introduzca la dirección del servidor y el token.</translation>
    </message>
    <message>
        <source>Checking the token with the carrier…</source>
        <translation>Comprobando el token con el transportista…</translation>
    </message>
    <message>
        <source>Paired with {0} as shop {1}.</source>
        <translation>Vinculada con {0} como tienda {1}.</translation>
    </message>
    <message>
        <source>Pairing failed: {0}</source>
        <translation>La vinculación ha fallado: {0}</translation>
    </message>
    <message>
        <source>Not paired.</source>
        <translation>Sin vincular.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <source>Syncing automatically…</source>
        <translation>Sincronizando automáticamente…</translation>
    </message>
    <message numerus="yes">
        <source>The next try starts by itself in %n minute(s).</source>
        <translation>
            <numerusform>El próximo intento empezará solo dentro de %n minuto.</numerusform>
            <numerusform>El próximo intento empezará solo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next try starts by itself in %n second(s).</source>
        <translation>
            <numerusform>El próximo intento empezará solo dentro de %n segundo.</numerusform>
            <numerusform>El próximo intento empezará solo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock: {0}</source>
        <translation>Reloj: {0}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Requiere atención</translation>
    </message>
    <message numerus="yes">
        <source>Expected, not scanned</source>
        <translation>
            <numerusform>Previsto, sin escanear</numerusform>
            <numerusform>Previstos, sin escanear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned in today</source>
        <translation>
            <numerusform>Escaneado hoy</numerusform>
            <numerusform>Escaneados hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the shelf</source>
        <translation>
            <numerusform>En la estantería</numerusform>
            <numerusform>En la estantería</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out for delivery</source>
        <translation>
            <numerusform>En reparto</numerusform>
            <numerusform>En reparto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered today</source>
        <translation>
            <numerusform>Entregado hoy</numerusform>
            <numerusform>Entregados hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed today</source>
        <translation>
            <numerusform>Fallido hoy</numerusform>
            <numerusform>Fallidos hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for pickup</source>
        <translation>
            <numerusform>Esperando recogida</numerusform>
            <numerusform>Esperando recogida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returns to carrier</source>
        <translation>
            <numerusform>Devolución al transportista</numerusform>
            <numerusform>Devoluciones al transportista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync</source>
        <translation>
            <numerusform>Pendiente de sincronizar</numerusform>
            <numerusform>Pendientes de sincronizar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Disk full</source>
        <translation>Disco lleno</translation>
    </message>
    <message>
        <source>Data folder read-only</source>
        <translation>Carpeta de datos de solo lectura</translation>
    </message>
    <message>
        <source>Shop database in use</source>
        <translation>Base de datos de la tienda en uso</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>The shop database cannot be opened</source>
        <translation>No se puede abrir la base de datos de la tienda</translation>
    </message>
    <message>
        <source>The shop is open already: its window was brought to the front.</source>
        <translation>La tienda ya está abierta: su ventana se ha puesto en primer plano.</translation>
    </message>
    <message>
        <source>The shop is open elsewhere</source>
        <translation>La tienda está abierta en otro sitio</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.

Everything you saved is safe in the shop database. If it happens again, send this file to support:
{0}</source>
        <translation>Ha ocurrido un error inesperado.

Todo lo que ha guardado está a salvo en la base de datos de la tienda. Si vuelve a pasar, envíe este archivo al soporte:
{0}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
</TS>