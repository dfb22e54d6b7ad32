<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Pages</name>
    <message>
      <source>Counter</source>
      <translation>柜台</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>No notices yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No open problem parcels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcels are due to go back to the courier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notice board written to {path}: {parcels} parcels for {people} residents, {pages} pages.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} is in the problem queue ({kind}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} now waits for {name}: pickup code {code}, shelf {shelf}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo kept as {path} (SHA-256 {sha}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} parcels handed back to courier {courier}: {tracking}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{reminded} residents reminded; {new} parcels newly due for return ({due} in all).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A chosen parcel no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A damaged parcel needs a photo of the damage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A handout can be undone only within {minutes} minutes; this one was at {at}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A note is at most 200 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A note is at most 500 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A receipt needs at least one parcel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A receiver's name has at most 30 characters and a relation at most 20.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A shelf label needs a pickup code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another counter handed out one of these parcels just now; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one parcel to hand out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give a tracking number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the name of the courier who takes the parcel back (at most 40 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcel has pickup code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcel has tracking number {tracking}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcel with id {gid}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcel with tracking number {tracking}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcels are waiting for {query}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No photo file at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No resident matches {query}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such handout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such resident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} is not in the problem queue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} is {status}; only parcels still at the station can be reported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} is {status}; only waiting or problem parcels go back to the courier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel {tracking} was changed by someone else just now; look again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say how {receiver} is related to {resident}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say who gets the parcel: --resident, --phone or --name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Several residents match; give --resident with one of: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some of these parcels have changed since; the handout cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sort the notice list by group or by code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That person is not a registered delegate of this resident.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That resident no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The photo {path} is larger than 20 MB.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The same parcel is listed twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The tracking number is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There are no parcels to label.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These parcels belong to different residents; hand them out separately.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This handout was already undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown notice channel {channel}; use board, read_aloud or phone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown notice kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown problem {kind}; use one of: {kinds}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown return reason {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write down who takes the parcel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is in the problem queue; resolve it there first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} is out for delivery with a volunteer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} was already delivered to the door.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} was already handed out at {at} to {receiver}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{code} was returned to the courier; it cannot be handed out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} residents match {query}; scan their pickup code instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not a JPEG or PNG photo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} has no digits; it is not a tracking number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} has spaces inside; a tracking number is one word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} has symbols; a tracking number has only letters and digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} is too long for a tracking number (at most {n} characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} is too short for a tracking number (at least {n} characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{text} starts like a {carrier} number but does not have its length.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{tracking} is already expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{tracking} is already here and out for delivery (code {code}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{tracking} is already here, in the problem queue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{tracking} is already on shelf {shelf}, code {code}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Shelf labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shelf {shelf}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No parcels are waiting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notice board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page {page}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone call by staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read aloud</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} · {parcels} parcels · {people} residents · bring your pickup code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{group} (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}, you have 1 parcel, pickup code {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}, you have no parcels waiting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}, you have {count} parcels, pickup codes {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{parcels} parcels are waiting for {people} residents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{station}: parcels waiting for pickup</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Parcels</name>
    <message>
      <source>delegate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>out for delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>picked up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>returned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>self</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiting</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>{year}-{month:02d}-{day:02d}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>Damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Misaddressed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown addressee</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Receipt</name>
    <message>
      <source>Handed out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Receipts</name>
    <message>
      <source> ({relation})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed out by: {staff}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parcel pickup receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please check your parcels before leaving.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received by: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} parcels:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Not collected in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem parcel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refused by the addressee</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Scan</name>
    <message>
      <source>Handed out {n} parcels to {receiver}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{carrier} {tracking}: who is it for?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: shelf {shelf}, code {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} waiting parcels for {query}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
